/// What stops a benchmark run.
public enum BenchError: Error, CustomStringConvertible {
    case emptyCaseload(String)
    /// The interface did not reach the screen an operation times (a key binding changed, a load failed).
    case screenNotReached(String)

    public var description: String {
        switch self {
        case .emptyCaseload(let path): "the benchmark caseload at \(path) has no clients; delete it so it is generated again"
        case .screenNotReached(let what):
            "the benchmark could not reach \(what) through the interface's keys; it times nothing it cannot reach"
        }
    }
}
