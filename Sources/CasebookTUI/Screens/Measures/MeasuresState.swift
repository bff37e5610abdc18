import CasebookCore
import TerminalKit

/// Everything the Measures tab shows: the client's sessions and measures, the selection, the
/// instrument charted, and the form or confirmation open over the list.
public struct MeasuresState: Sendable {
    public var clientID: Int64
    public var sessions: [Session]
    /// In session order, as the store gives them.
    public var measures: [Measure]
    public var selected: Int?
    public var chartInstrument: String?
    public var form: MeasureForm?
    /// The measure waiting for "remove?" to be answered.
    public var confirmingRemoval: Int64?
    public var request: ScreenRequest?
    var pendingG = false

    public init(clientID: Int64, sessions: [Session], measures: [Measure]) {
        self.clientID = clientID
        self.sessions = sessions
        self.measures = measures
        selected = measures.isEmpty ? nil : measures.count - 1
        chartInstrument = instruments.first
    }

    /// The instruments used, the standard ones first.
    public var instruments: [String] {
        let used = measures.map(\.instrument)
        var names: [String] = []
        for name in [MeasureBand.phq9, MeasureBand.gad7] + used where used.contains(name) && !names.contains(name) {
            names.append(name)
        }
        return names
    }

    public func session(id: Int64) -> Session? { sessions.first { $0.id == id } }

    /// The charted instrument's scores in session order, with the session numbers they belong to.
    public var chartPoints: [(session: Int, score: Double)] {
        guard let chartInstrument else { return [] }
        return measures.filter { $0.instrument == chartInstrument }
            .compactMap { m in session(id: m.sessionID).map { ($0.number, m.score) } }
    }
}
