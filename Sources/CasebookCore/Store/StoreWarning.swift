/// Something worth telling the clinician about an open database that did not stop it opening.
public enum StoreWarning: Equatable, Sendable, CustomStringConvertible {
    /// The database file can be read by other accounts on this machine.
    case readableByOthers(path: String, mode: Int)

    public var description: String {
        switch self {
        case .readableByOthers(let path, let mode):
            "\(path) is readable by other users (mode \(String(mode, radix: 8))); run `chmod 600 \(path)` to keep notes private."
        }
    }
}
