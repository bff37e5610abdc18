import Foundation

/// What a supervisor reads (SPEC §7), gathered for one client and a range of sessions. De-identified
/// unless built with `identified: true`: every text has been through the client's `Deidentifier` and
/// dates are weeks since intake. Renderers turn it into Markdown or HTML; `verify(_:)` is the last
/// check on their output before it is written anywhere.
public struct SupervisionBrief: Sendable {
    public struct LabeledText: Hashable, Sendable {
        public var label: String
        public var text: String
    }

    /// A CCRT category with the share of scored episodes it appears in.
    public struct Share: Hashable, Sendable {
        public var name: String
        public var episodes: Int
        public var pervasiveness: Double
    }

    /// A code seen across the sessions: how often, and its intensity per session (0 absent).
    public struct PatternRow: Hashable, Sendable {
        public var category: TagCategory
        public var name: String
        public var level: Int?
        public var sessions: Int
        public var ratio: Double
        public var trend: Trend
        public var intensities: [Int]
    }

    public struct ObservationItem: Hashable, Sendable {
        public var session: Int
        public var when: String
        public var category: TagCategory
        public var tag: String
        public var intensity: Int
        public var evidence: String
        public var comment: String
    }

    public struct FlaggedSession: Hashable, Sendable {
        public var number: Int
        public var when: String
        public var processNote: String
    }

    public var identified: Bool
    public var clientCode: String
    /// The code, or "Name (code)" in an identified brief.
    public var clientLabel: String
    public var frequency: String
    /// Session numbers covered (nil: the client has no sessions in the range).
    public var sessionsCovered: ClosedRange<Int>?
    public var sessionsHeld: Int
    public var sessionsNotHeld: Int
    /// One label per session column: its number and week (or date).
    public var columns: [(number: Int, when: String)]
    public var formulation: [LabeledText]
    public var ccrtEpisodes: Int
    public var wish: [Share]
    public var ro: [Share]
    public var rs: [Share]
    /// Themes that recur, most frequent first.
    public var themes: [PatternRow]
    /// Defenses seen, by DMRS level from mature down.
    public var defenses: [PatternRow]
    /// Shares of DMRS levels 1…7 (index 0 = level 1).
    public var defenseLevels: [Double]
    public var odfOverall: Double?
    /// ODF of the first and last third of the held sessions, when there are enough to compare.
    public var odfFirstThird: Double?
    public var odfLastThird: Double?
    public var odf: [LineChartPoint]
    public var odfRolling: [LineChartPoint]
    /// Transference and countertransference observations with their evidence.
    public var relational: [ObservationItem]
    public var flaggedSessions: [FlaggedSession]
    public var flaggedObservations: [ObservationItem]
    public var supervisionQuestions: String
    /// Capitalised words that may be names, and names-that-are-words that were replaced.
    public var review: DeidentificationReview

    let deidentifier: Deidentifier

    /// Client names, aliases or figure names left in `rendered`; empty for an identified brief,
    /// which is meant to contain them.
    public func leaks(in rendered: String) -> [String] {
        identified ? [] : deidentifier.leaks(in: rendered)
    }

    /// Refuses rendered output of a de-identified brief that still names anyone.
    public func verify(_ rendered: String) throws(DeidentificationError) {
        guard !identified else { return }
        try deidentifier.verify(rendered)
    }

    /// "ODF moved from 3.2 in the first third of these sessions to 4.1 in the last third.", or nil.
    public var odfShiftText: String? {
        guard let first = odfFirstThird, let last = odfLastThird else { return nil }
        return "ODF moved from \(SVGChart.number(first)) in the first third of these sessions to "
            + "\(SVGChart.number(last)) in the last third."
    }

    /// "sessions 3–40" or "no sessions".
    public var coverageText: String {
        guard let range = sessionsCovered else { return "no sessions" }
        return range.lowerBound == range.upperBound ? "session \(range.lowerBound)" : "sessions \(range.lowerBound)–\(range.upperBound)"
    }
}
