#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creating files that only their owner can read, before anything writes into them.
enum PrivateFile {
    /// Creates an empty file with mode 0600, failing if it exists. Returns `errno` on failure.
    static func createExclusive(_ path: String) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { return errno }
        // The umask may have narrowed the mode; never leave it wider than 0600 either way.
        fchmod(descriptor, 0o600)
        close(descriptor)
        return nil
    }

    static func message(_ code: Int32) -> String { String(cString: strerror(code)) }
}
