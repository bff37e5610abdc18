/// Why a stored passphrase hash could not be read. The settings file is hand-editable, so the
/// message says which part is wrong and how to recover.
public struct PassphraseError: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) { self.reason = reason }

    public var description: String {
        "stored passphrase hash is malformed: \(reason); clear `passphrase_hash` in the settings file and set the passphrase again"
    }
}
