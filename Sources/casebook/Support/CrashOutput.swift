#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps note text out of crash output. Swift's runtime backtracer prints, for each register, the
/// sixteen bytes it points at; a crash while a note is in memory then prints a line of the note
/// (a test found a client's name there). On a fatal signal this prints a fixed message instead
/// and lets the signal end the process as before, so the exit status still says what happened.
/// `CASEBOOK_CRASH_BACKTRACE=1` keeps the runtime's full backtrace for a developer's own data.
enum CrashOutput {
    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT]

    static func install(environment: [String: String]) {
        guard environment["CASEBOOK_CRASH_BACKTRACE"] != "1" else { return }
        for signal in signals {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = crashHandler
            #else
            action.__sigaction_u.__sa_handler = crashHandler
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(signal, &action, nil)
        }
    }
}

/// Only async-signal-safe calls: one write of a constant, then the signal again with its default action.
private func crashHandler(_ signal: Int32) {
    let message: StaticString = """

        casebook crashed. No note text is shown here; what was typed in the interface was saved up to \
        about a second before. Please report the crash with the command you ran; for a backtrace \
        (which can show note text, so only with fictional data) run it again with CASEBOOK_CRASH_BACKTRACE=1.

        """
    _ = write(2, message.utf8Start, message.utf8CodeUnitCount)
    raise(signal)
}
