import ArgumentParser

/// An error for the person at the terminal: what went wrong and what to do. Printed to stderr
/// with a non-zero exit by ArgumentParser.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var hint: String?
    var exitCode: Int32 = 1

    var description: String {
        hint.map { "\(message)\n  → \($0)" } ?? message
    }
}
