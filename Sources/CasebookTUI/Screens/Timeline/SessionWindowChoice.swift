import CasebookCore

/// Which sessions the timeline and patterns look at: all, the last 12, 24 or 52 (about three
/// months, six months and a year at weekly frequency), or a range of session numbers the
/// clinician marked on the timeline.
public enum SessionWindowChoice: Sendable, Equatable {
    case all
    case last(Int)
    case range(ClosedRange<Int>)

    /// What `w` steps through; a marked range steps back to `all`.
    public static let cycle: [SessionWindowChoice] = [.all, .last(12), .last(24), .last(52)]

    public var next: SessionWindowChoice {
        guard let index = Self.cycle.firstIndex(of: self) else { return .all }
        return Self.cycle[(index + 1) % Self.cycle.count]
    }

    public var analysisWindow: AnalysisWindow {
        switch self {
        case .all: .all
        case .last(let count): .lastN(count)
        case .range(let range): .sessionRange(range)
        }
    }

    public var label: String {
        switch self {
        case .all: "all sessions"
        case .last(let count): "last \(count)"
        case .range(let range): "sessions \(range.lowerBound)–\(range.upperBound)"
        }
    }
}
