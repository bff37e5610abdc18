import Foundation

/// Messages for the person at the terminal that must not mix with the data on stdout.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
