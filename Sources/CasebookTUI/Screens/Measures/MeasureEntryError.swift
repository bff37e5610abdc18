import Foundation

/// Why a measure typed into the form cannot be saved, with what to type instead.
public enum MeasureEntryError: Error, Equatable, Sendable, CustomStringConvertible {
    case noSession
    case missingInstrument
    case missingScore
    case notANumber(String)
    case notWhole(instrument: String, typed: String)
    case outOfRange(instrument: String, typed: String, range: ClosedRange<Int>)

    public var description: String {
        switch self {
        case .noSession: "This client has no session yet; add a session first, then its measures."
        case .missingInstrument: "Name the instrument (e.g. ORS, CORE-10), or choose PHQ-9 or GAD-7."
        case .missingScore: "Type the score."
        case .notANumber(let typed): "\"\(typed)\" is not a number; type the score, e.g. 12 or 3.5."
        case .notWhole(let instrument, let typed):
            "\(instrument) scores are whole numbers; \(typed) is not one."
        case .outOfRange(let instrument, let typed, let range):
            "\(instrument) scores run from \(range.lowerBound) to \(range.upperBound); \(typed) is outside that range."
        }
    }
}
