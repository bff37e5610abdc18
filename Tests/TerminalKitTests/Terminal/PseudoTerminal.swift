import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pseudo-terminal for driving the ncurses backend headless. The master side is drained on
/// a thread (so ncurses never blocks writing) and what arrives is kept for inspection.
final class PseudoTerminal: @unchecked Sendable {
    let master: Int32
    let slave: Int32
    private let lock = NSLock()
    private var output: [UInt8] = []
    private var stopping = false
    private var thread: Thread?
    private let finished = DispatchSemaphore(value: 0)

    init(columns: Int, rows: Int) throws {
        master = posix_openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
            throw POSIXError(.ENODEV)
        }
        slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw POSIXError(.ENODEV) }
        setSize(columns: columns, rows: rows)
        let thread = Thread { [self] in drain() }
        self.thread = thread
        thread.start()
    }

    func setSize(columns: Int, rows: Int) {
        var ws = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &ws)
    }

    /// Bytes as if typed at the keyboard.
    func type(_ bytes: [UInt8]) {
        var bytes = bytes
        _ = write(master, &bytes, bytes.count)
    }

    var received: [UInt8] {
        lock.lock(); defer { lock.unlock() }
        return output
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            lock.lock(); let stop = stopping; lock.unlock()
            if stop { break }
            var pfd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, 20) > 0 else { continue }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { continue }
            lock.lock(); output += buffer[0..<n]; lock.unlock()
        }
        finished.signal()
    }

    func close() {
        lock.lock(); stopping = true; lock.unlock()
        finished.wait()
        _ = Glibc.close(master)
    }
}

#if canImport(Glibc)
// Glibc declares these only under _XOPEN_SOURCE, which the Swift overlay does not set.
@_silgen_name("posix_openpt") private func posix_openpt(_ flags: Int32) -> Int32
@_silgen_name("grantpt") private func grantpt(_ fd: Int32) -> Int32
@_silgen_name("unlockpt") private func unlockpt(_ fd: Int32) -> Int32
@_silgen_name("ptsname") private func ptsname(_ fd: Int32) -> UnsafeMutablePointer<CChar>?
#endif
