#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Process-wide signal state. Handlers only store flags (or, for crashes, restore the tty with
/// async-signal-safe calls and re-raise); the event loop reads the flags, as NeoMutt does.
///
/// `nonisolated(unsafe)`: these are written from signal handlers, where no lock may be taken;
/// aligned 32-bit stores and loads are atomic on every platform we build for.
enum TerminalSignals {
    nonisolated(unsafe) static var interrupt: Int32 = 0
    nonisolated(unsafe) static var resized: Int32 = 0
    nonisolated(unsafe) static var continued: Int32 = 0

    /// A self-pipe: handlers write a byte so a `poll` that began just before the signal
    /// still wakes up at once.
    nonisolated(unsafe) static var wakeRead: Int32 = -1
    nonisolated(unsafe) static var wakeWrite: Int32 = -1

    nonisolated(unsafe) static var crashFD: Int32 = -1
    nonisolated(unsafe) static var crashTermios = termios()
    nonisolated(unsafe) static var crashTermiosValid = false

    static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashSignals: [Int32] = [SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL]

    /// Leave the alternate screen, show the cursor, end bracketed paste, reset attributes.
    static let resetSequence: StaticString = "\u{1b}[?2004l\u{1b}[0m\u{1b}[?25h\u{1b}[?1049l\r\n"

    static func install(fd: Int32, shellTermios: termios) {
        crashFD = fd
        crashTermios = shellTermios
        crashTermiosValid = true
        if wakeRead < 0 {
            var fds: [Int32] = [-1, -1]
            if pipe(&fds) == 0 {
                for fd in fds {
                    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                }
                wakeRead = fds[0]
                wakeWrite = fds[1]
            }
        }
        for sig in quitSignals {
            _ = signal(sig) { sig in TerminalSignals.interrupt = sig; TerminalSignals.wake() }
        }
        _ = signal(SIGWINCH) { _ in TerminalSignals.resized = 1; TerminalSignals.wake() }
        _ = signal(SIGCONT) { _ in TerminalSignals.continued = 1; TerminalSignals.wake() }
        for sig in crashSignals {
            _ = signal(sig) { sig in
                TerminalSignals.restoreTerminalForCrash()
                _ = signal(sig, SIG_DFL)
                _ = raise(sig)
            }
        }
    }

    static func uninstall() {
        crashTermiosValid = false
        for sig in quitSignals + crashSignals + [SIGWINCH, SIGCONT] { _ = signal(sig, SIG_DFL) }
    }

    /// Async-signal-safe: one write to a non-blocking pipe.
    static func wake() {
        guard wakeWrite >= 0 else { return }
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    /// Empties the self-pipe once its wake-up has been seen.
    static func drainWakeups() {
        guard wakeRead >= 0 else { return }
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(wakeRead, &bytes, bytes.count) > 0 {}
    }

    /// Async-signal-safe: only tcsetattr and write, no allocation, no locks.
    static func restoreTerminalForCrash() {
        guard crashTermiosValid, crashFD >= 0 else { return }
        _ = tcsetattr(crashFD, TCSAFLUSH, &crashTermios)
        _ = write(crashFD, resetSequence.utf8Start, resetSequence.utf8CodeUnitCount)
    }
}
