import Foundation

/// A measure as typed, checked before it reaches the store.
public enum MeasureEntry {
    /// The score of `typed` for `instrument`: PHQ-9 a whole number 0–27, GAD-7 0–21, a custom
    /// instrument any finite number.
    public static func validate(instrument: String, score typed: String) throws(MeasureEntryError) -> Double {
        let name = instrument.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw .missingInstrument }
        let text = typed.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard !text.isEmpty else { throw .missingScore }
        guard let value = Double(text), value.isFinite else { throw .notANumber(typed.trimmingCharacters(in: .whitespaces)) }
        guard let scale = MeasureBand.scale(of: name) else { return value }
        let label = name.uppercased()
        guard value.rounded() == value else { throw .notWhole(instrument: label, typed: text) }
        let range = Int(scale.lowerBound)...Int(scale.upperBound)
        guard scale.contains(value) else { throw .outOfRange(instrument: label, typed: text, range: range) }
        return value
    }
}
