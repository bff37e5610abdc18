import Foundation

/// Why no recovery file could be written.
public enum RecoveryFileError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// Every folder refused; each entry names the folder and why.
    case nowhereToWrite([String])
    case unreadable(String)

    public var description: String {
        switch self {
        case .nowhereToWrite(let failures):
            "No recovery file could be written (\(failures.joined(separator: "; "))). Free some space or make a folder writable, then try again."
        case .unreadable(let path):
            "\(path) is not a complete Casebook recovery file; open it in a text editor to read what it holds."
        }
    }

    public var errorDescription: String? { description }
}
