import CasebookCore

/// The synthetic caseloads of SPEC §8.
public enum BenchScale: String, CaseIterable, Sendable {
    /// 20 clients × 40 sessions: quick, for trying the benchmark itself.
    case small
    /// 1,000 clients, 36,000 sessions, one client with 1,300.
    case career

    public func caseload() -> DemoCaseload {
        switch self {
        case .small: DemoCaseload.generate(sessionCounts: Array(repeating: 40, count: 20))
        case .career: DemoCaseload.career()
        }
    }
}
