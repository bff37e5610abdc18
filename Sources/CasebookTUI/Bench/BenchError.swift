/// What stops a benchmark run.
public enum BenchError: Error, CustomStringConvertible {
    case emptyCaseload(String)

    public var description: String {
        switch self {
        case .emptyCaseload(let path): "the benchmark caseload at \(path) has no clients; delete it so it is generated again"
        }
    }
}
