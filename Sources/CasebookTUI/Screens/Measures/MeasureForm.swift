import CasebookCore
import TerminalKit

/// The "add a measure" form: session (default the latest), instrument, score.
public struct MeasureForm: Sendable {
    public enum Field: Sendable, Equatable { case session, instrument, customName, score }
    public static let instruments = [MeasureBand.phq9, MeasureBand.gad7, "Custom…"]

    public var sessionIndex: Int
    /// Index into `instruments`; the last is a custom name.
    public var instrumentIndex = 0
    public var customName = TextInputState()
    public var score = TextInputState()
    public var field: Field = .instrument
    public var error: String?

    public init(sessionIndex: Int) { self.sessionIndex = sessionIndex }

    public var isCustom: Bool { instrumentIndex == Self.instruments.count - 1 }
    /// The instrument to store; a custom name that spells a standard one ("phq-9") is stored as
    /// that one, so its scores share its chart and its validation.
    public var instrument: String {
        guard isCustom else { return Self.instruments[instrumentIndex] }
        let typed = customName.text.trimmingCharacters(in: .whitespaces)
        return [MeasureBand.phq9, MeasureBand.gad7].first { $0 == typed.uppercased() } ?? typed
    }

    var fields: [Field] { isCustom ? [.session, .instrument, .customName, .score] : [.session, .instrument, .score] }

    mutating func moveField(by delta: Int) {
        let order = fields
        let i = order.firstIndex(of: field) ?? 0
        field = order[(i + delta + order.count) % order.count]
    }

    var isEditingText: Bool { field == .customName || field == .score }
}
