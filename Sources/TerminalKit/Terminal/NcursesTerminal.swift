import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncursesw. A class because there is exactly one terminal and it
/// owns process-wide state (the tty modes, signal handlers, the ncurses SCREEN).
///
/// Input is read as raw bytes with `poll`/`read` and decoded by `InputDecoder`, not `getch`:
/// we control the Esc delay, bracketed paste and unknown sequences ourselves.
///
/// Graphemes ncurses cannot hold in one cell: a `cchar_t` has one spacing character plus up
/// to four combining ones. Base + combining marks go in as one cchar_t. A sequence with more
/// than one spacing character (ZWJ emoji such as 👩‍💻, flags) would make ncurses advance by
/// the sum of their widths and shift every later cell, so we draw its first character only,
/// padded to the buffer's width. What the screen shows always lines up with the buffer.
public final class NcursesTerminal {
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal
        case newtermFailed(term: String)

        public var description: String {
            switch self {
            case .notATerminal: return "standard input/output is not a terminal; run casebook in a terminal"
            case let .newtermFailed(term): return "cannot start the terminal \"\(term)\"; check $TERM (try TERM=xterm-256color)"
            }
        }
    }

    public private(set) var colorDepth: ColorDepth = .monochrome
    public private(set) var isRunning = false

    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var inFile: UnsafeMutablePointer<FILE>?
    private var outFile: UnsafeMutablePointer<FILE>?
    private var ownsFiles = false
    private var inputFD: Int32 = 0
    private var outputFD: Int32 = 1
    private var shellTermios = termios()
    private var decoder = InputDecoder()
    private var previous: Buffer?
    private var pairs: [PairKey: Int32] = [:]
    private var nextPair: Int32 = 1
    private var pairsResetThisFrame = false
    /// The terminfo's `colors`: colour numbers from it up do not exist on this terminal.
    private var colorCount: Int32 = 0
    private var directColor = false
    private var escDelayMilliseconds: Int32 = 25
    private let environment: [String: String]

    private struct PairKey: Hashable { var fg: Int32, bg: Int32 }

    public init(environment: [String: String]) {
        self.environment = environment
    }

    deinit { stop() }

    /// Starts ncurses on the process's terminal (stdin/stdout).
    public func start() throws {
        guard isatty(0) == 1, isatty(1) == 1 else { throw StartError.notATerminal }
        guard let input = fdopen(0, "r"), let output = fdopen(1, "w") else { throw StartError.notATerminal }
        try start(input: input, output: output, term: nil, ownsFiles: false)
    }

    /// Starts ncurses on the given streams (a pseudo-terminal in tests). `term` overrides $TERM.
    public func start(input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>, term: String?, ownsFiles: Bool = false) throws {
        guard !isRunning else { return }
        Self.ensureUTF8Locale()
        inFile = input
        outFile = output
        self.ownsFiles = ownsFiles
        inputFD = fileno(input)
        outputFD = fileno(output)
        _ = tcgetattr(inputFD, &shellTermios)

        if let delay = environment["ESCDELAY"].flatMap(Int32.init) { escDelayMilliseconds = delay }
        let termName = term ?? environment["TERM"] ?? "xterm"
        guard let screen = newterm(termName, output, input) else { throw StartError.newtermFailed(term: termName) }
        self.screen = screen
        _ = set_term(screen)
        isRunning = true
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        if environment["ESCDELAY"] == nil { _ = set_escdelay(25) }
        window = newwin(0, 0, 0, 0)
        _ = keypad(window, true)
        _ = leaveok(window, false)
        _ = scrollok(window, false)
        if has_colors() {
            _ = start_color()
            _ = use_default_colors()
        }
        let colors = Int(tigetnum("colors"))
        colorCount = Int32(clamping: max(0, colors))
        directColor = colors >= 0x1000000
        var depth = ColorDepth.detect(environment: environment, terminfoColors: colors > 0 ? colors : nil)
        // ncurses can send 24-bit colour only with a direct-colour terminfo (xterm-direct);
        // elsewhere it is limited to the terminfo's indexed colours.
        if depth == .truecolor, !directColor { depth = colors >= 256 ? .indexed256 : colors >= 16 ? .ansi16 : .ansi8 }
        if !has_colors() { depth = .monochrome }
        colorDepth = depth

        takeKeysFromTheTerminalDriver()
        _ = def_prog_mode()
        TerminalSignals.install(fd: outputFD, shellTermios: shellTermios)
        writeRaw("\u{1b}[?2004h")
        atexitStop = { [weak self] in self?.stop() }
        Self.registerAtExit()
    }

    /// Ctrl-Z and Ctrl-S/Ctrl-Q reach the app as keys: Ctrl-Z suspends through `suspend()`
    /// (after the app autosaves) and Ctrl-S is free for binding. Ctrl-C and Ctrl-\ arrive as
    /// bytes too: the tty driver would turn them into signals even inside a bracketed paste,
    /// quitting the app and flushing the pasted text before them. A typed Ctrl-C still quits
    /// (see `keyboardInterrupts`); one inside a paste stays text.
    private func takeKeysFromTheTerminalDriver() {
        var t = termios()
        guard tcgetattr(inputFD, &t) == 0 else { return }
        withUnsafeMutableBytes(of: &t.c_cc) { cc in
            for key in [VSUSP, VINTR, VQUIT] { cc[Int(key)] = UInt8(_POSIX_VDISABLE_VALUE) }
        }
        t.c_iflag &= ~tcflag_t(IXON)
        _ = tcsetattr(inputFD, TCSANOW, &t)
    }

    /// Restores the terminal. Safe to call more than once and from `atexit`.
    public func stop() {
        guard isRunning else { return }
        isRunning = false
        writeRaw("\u{1b}[?2004l")
        if let window { _ = delwin(window) }
        window = nil
        _ = endwin()
        if let screen { delscreen(screen) }
        screen = nil
        _ = tcsetattr(inputFD, TCSANOW, &shellTermios)
        TerminalSignals.uninstall()
        if ownsFiles {
            if let inFile { fclose(inFile) }
            if let outFile, outFile != inFile { fclose(outFile) }
        }
        inFile = nil
        outFile = nil
        previous = nil
        pairs = [:]
        nextPair = 1
    }

    /// The terminal size as ncurses knows it.
    public var size: Size {
        guard let window else { return Size(width: 0, height: 0) }
        return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Redraws every cell on the next `draw`, clearing whatever else wrote to the screen.
    public func invalidate() {
        previous = nil
        if let window { _ = clearok(window, true) }
    }

    /// Writes the cells that changed since the last frame, then updates the screen once.
    public func draw(_ buffer: Buffer, cursor: Position?) {
        guard isRunning, let window else { return }
        let cols = Int(getmaxx(window)), rows = Int(getmaxy(window))
        pairsResetThisFrame = false
        writeCells(buffer, changedSince: previous?.area == buffer.area ? previous : nil, columns: cols, rows: rows, window: window)
        if pairsResetThisFrame {
            // Cells written before the pair table was emptied, and cells left as they were, hold
            // pair numbers that now mean other colours: write the whole frame with the new table.
            _ = clearok(window, true)
            writeCells(buffer, changedSince: nil, columns: cols, rows: rows, window: window)
        }
        previous = buffer
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < cols, cursor.y < rows {
            _ = curs_set(1)
            _ = wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            _ = curs_set(0)
        }
        _ = wnoutrefresh(window)
        _ = doupdate()
    }

    private func writeCells(_ buffer: Buffer, changedSince old: Buffer?, columns: Int, rows: Int, window: UnsafeMutablePointer<WINDOW>) {
        let area = buffer.area
        for y in max(0, area.top)..<min(rows, area.bottom) {
            for x in max(0, area.left)..<min(columns, area.right) {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                if let old, old[x, y] == cell { continue }
                put(cell, x: x, y: y, columns: columns, window: window)
            }
        }
    }

    private func put(_ cell: Cell, x: Int, y: Int, columns: Int, window: UnsafeMutablePointer<WINDOW>) {
        let style = colorDepth.degrade(cell.style)
        let attrs = Self.attributes(style.modifiers)
        var pair = pairNumber(fg: colorNumber(style.foreground), bg: colorNumber(style.background))
        let width = max(1, cell.width)
        var text = Self.cellCharacters(cell.grapheme, width: width)
        if x + text.width > columns { text = ([0x20], 1) }
        var cc = cchar_t()
        var chars = text.chars + [0]
        _ = setcchar(&cc, &chars, attrs, 0, &pair)
        _ = mvwadd_wch(window, Int32(y), Int32(x), &cc)
        // Pad when the terminal's width for what we drew is narrower than the buffer's.
        if text.width < width {
            var blank = cchar_t()
            var space: [wchar_t] = [0x20, 0]
            _ = setcchar(&blank, &space, attrs, 0, &pair)
            for dx in text.width..<width where x + dx < columns {
                _ = mvwadd_wch(window, Int32(y), Int32(x + dx), &blank)
            }
        }
    }

    /// The wide characters for one cell, fitting one cchar_t, and the columns they take.
    static func cellCharacters(_ grapheme: String, width: Int) -> (chars: [wchar_t], width: Int) {
        var scalars = Array(grapheme.unicodeScalars)
        if scalars.isEmpty { return ([0x20], 1) }
        // Measured with the buffer's own function, so what is written always takes the columns
        // the buffer gave it, whatever the process locale.
        let baseWidth = wcwidthOfScalar(scalars[0])
        guard baseWidth > 0 else {
            // A lone combining mark or a control: show a visible stand-in rather than nothing.
            return ([0xFFFD], 1)
        }
        if baseWidth > width { return ([0xFFFD], 1) }
        // Keep the base and the non-spacing characters that follow it, at most four.
        var kept: [wchar_t] = [wchar_t(bitPattern: scalars.removeFirst().value)]
        for s in scalars {
            let w = wcwidthOfScalar(s)
            // A zero-width joiner starts a second spacing character: the sequence ends here.
            if w != 0 || s.value == 0x200D { break }
            if kept.count == Int(CCHARW_MAX) { break }
            kept.append(wchar_t(bitPattern: s.value))
        }
        if baseWidth < width {
            // The buffer widened this for emoji presentation (VS16) but the C library calls
            // it narrow: draw the narrow text form, so terminal, ncurses and buffer agree, and
            // let the caller pad the rest of the cell.
            kept.removeAll { $0 == 0xFE0F }
        }
        return (kept, baseWidth)
    }

    private static let attrBold = attr_t(1) << (13 + 8)
    private static let attrDim = attr_t(1) << (12 + 8)
    private static let attrUnderline = attr_t(1) << (9 + 8)
    private static let attrReverse = attr_t(1) << (10 + 8)
    private static let attrItalic = attr_t(1) << (23 + 8)

    static func attributes(_ m: Modifiers) -> attr_t {
        var a: attr_t = 0
        if m.contains(.bold) { a |= attrBold }
        if m.contains(.dim) { a |= attrDim }
        if m.contains(.underline) { a |= attrUnderline }
        if m.contains(.reverse) { a |= attrReverse }
        if m.contains(.italic) { a |= attrItalic }
        return a
    }

    private func colorNumber(_ color: Color) -> Int32 {
        switch color {
        case .default: return -1
        case let .indexed(i): return Int32(i)
        case let .rgb(r, g, b): return directColor ? Int32(r) << 16 | Int32(g) << 8 | Int32(b) : -1
        }
    }

    /// Pairs are made on first use and kept. When the terminal has no pair left, the table is
    /// emptied once per frame and `draw` writes the frame again whole; a frame needing more pairs
    /// than the terminal has draws the rest in default colours, never in another cell's colours.
    /// A colour the terminal does not have is never a reason to empty the table.
    private func pairNumber(fg: Int32, bg: Int32) -> Int32 {
        if fg == -1 && bg == -1 { return 0 }
        if colorDepth == .monochrome { return 0 }
        let key = PairKey(fg: fg, bg: bg)
        if let pair = pairs[key] { return pair }
        guard fg < colorCount, bg < colorCount else { return 0 }
        if init_extended_pair(nextPair, fg, bg) == ERR {
            // The colours exist, so the pairs have run out.
            guard !pairsResetThisFrame, nextPair > 1 else { return 0 }
            pairsResetThisFrame = true
            pairs = [:]
            nextPair = 1
            guard init_extended_pair(nextPair, fg, bg) != ERR else { return 0 }
        }
        pairs[key] = nextPair
        nextPair += 1
        return nextPair - 1
    }

    /// Waits up to `timeout` (nil: forever) for input or a signal and returns what happened.
    /// A pending partial sequence is resolved after the Esc delay.
    public func readEvents(timeout: Duration?) -> [Event] {
        var events = pendingSignalEvents()
        if !events.isEmpty { return events }
        var remaining: Int32 = timeout.map { Int32(clamping: $0.components.seconds * 1000 + $0.components.attoseconds / 1_000_000_000_000_000) } ?? -1
        while true {
            let wait = decoder.hasPending ? (remaining < 0 ? escDelayMilliseconds : min(remaining, escDelayMilliseconds)) : remaining
            var fds = [pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: TerminalSignals.wakeRead, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, wait)
            if ready < 0 && errno != EINTR { return [.interrupt(SIGHUP)] }
            if ready < 0 || fds[1].revents != 0 {
                TerminalSignals.drainWakeups()
                events += pendingSignalEvents()
                if !events.isEmpty { return events }
                continue
            }
            if ready == 0 {
                if decoder.hasPending { events += Self.keyboardInterrupts(decoder.flushTimeout()) }
                if !events.isEmpty || !decoder.hasPending && remaining >= 0 { return events }
                if remaining >= 0 { remaining = max(0, remaining - wait) }
                continue
            }
            var bytes = [UInt8](repeating: 0, count: 4096)
            let n = read(inputFD, &bytes, bytes.count)
            if n == 0 { return events + [.interrupt(SIGHUP)] }
            if n < 0 { if errno == EINTR || errno == EAGAIN { continue }; return events + [.interrupt(SIGHUP)] }
            events += Self.keyboardInterrupts(decoder.feed(Array(bytes[0..<n])))
            if !events.isEmpty { return events }
        }
    }

    /// A typed Ctrl-C asks the app to save and quit, as SIGINT did before the tty stopped
    /// sending it (`takeKeysFromTheTerminalDriver`).
    static func keyboardInterrupts(_ events: [Event]) -> [Event] {
        events.map { $0 == .key(.ctrl("c")) ? .interrupt(SIGINT) : $0 }
    }

    private func pendingSignalEvents() -> [Event] {
        var events: [Event] = []
        if TerminalSignals.continued != 0 {
            TerminalSignals.continued = 0
            reinitialiseAfterLeaving()
            events.append(.resumed)
        }
        if TerminalSignals.resized != 0 {
            TerminalSignals.resized = 0
            events.append(.resize(applyTerminalSize()))
        }
        let sig = TerminalSignals.interrupt
        if sig != 0 {
            TerminalSignals.interrupt = 0
            events.append(.interrupt(sig))
        }
        return events
    }

    /// Reads the real size from the tty and tells ncurses.
    @discardableResult
    public func applyTerminalSize() -> Size {
        var ws = winsize()
        if ioctl(outputFD, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_row > 0, ws.ws_col > 0 {
            _ = resizeterm(Int32(ws.ws_row), Int32(ws.ws_col))
            if let window { _ = wresize(window, Int32(ws.ws_row), Int32(ws.ws_col)) }
        }
        invalidate()
        return size
    }

    /// Stops the process as Ctrl-Z would in a shell, and restores the screen on return.
    public func suspend() {
        guard isRunning else { return }
        leaveForShell()
        _ = signal(SIGTSTP, SIG_DFL)
        _ = raise(SIGTSTP)
        TerminalSignals.continued = 0
        reinitialiseAfterLeaving()
    }

    /// Runs a program (`$EDITOR`) on the real terminal and waits for it; returns its exit
    /// status (128 + signal when killed, 127 when it could not be started).
    public func runChild(_ argv: [String]) -> Int32 {
        guard let program = argv.first else { return 127 }
        if isRunning { leaveForShell() }
        defer { if isRunning { reinitialiseAfterLeaving() } }
        var pid = pid_t()
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        let spawned = posix_spawnp(&pid, program, nil, nil, &cArgs, environ)
        guard spawned == 0 else { return 127 }
        let interruptBefore = TerminalSignals.interrupt
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return 127 }
        }
        // A Ctrl-C meant for the child is not a request to quit Casebook.
        if TerminalSignals.interrupt == SIGINT, interruptBefore == 0 { TerminalSignals.interrupt = 0 }
        let low = status & 0x7f
        if low == 0 { return (status >> 8) & 0xff }
        return 128 + low
    }

    /// What ncurses holds for a screen cell: its characters, whether it carries each modifier
    /// and the colour numbers of its pair (-1 is the terminal's default). For tests that read
    /// the screen back.
    func screenCell(x: Int, y: Int) -> (text: String, modifiers: Modifiers, foreground: Int32, background: Int32)? {
        guard let window else { return nil }
        var cc = cchar_t()
        guard mvwin_wch(window, Int32(y), Int32(x), &cc) != ERR else { return nil }
        var chars = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attrs: attr_t = 0
        var shortPair: Int16 = 0
        var pair: Int32 = 0
        guard getcchar(&cc, &chars, &attrs, &shortPair, &pair) != ERR else { return nil }
        var text = ""
        for c in chars where c != 0 { text.unicodeScalars.append(Unicode.Scalar(UInt32(bitPattern: c)) ?? "?") }
        var modifiers: Modifiers = []
        if attrs & Self.attrBold != 0 { modifiers.insert(.bold) }
        if attrs & Self.attrDim != 0 { modifiers.insert(.dim) }
        if attrs & Self.attrUnderline != 0 { modifiers.insert(.underline) }
        if attrs & Self.attrReverse != 0 { modifiers.insert(.reverse) }
        if attrs & Self.attrItalic != 0 { modifiers.insert(.italic) }
        var foreground: Int32 = -1, background: Int32 = -1
        if pair > 0 { _ = extended_pair_content(pair, &foreground, &background) }
        return (text, modifiers, foreground, background)
    }

    private func leaveForShell() {
        writeRaw("\u{1b}[?2004l")
        _ = endwin()
    }

    private func reinitialiseAfterLeaving() {
        guard isRunning, let window else { return }
        _ = reset_prog_mode()
        takeKeysFromTheTerminalDriver()
        writeRaw("\u{1b}[?2004h")
        decoder = InputDecoder()
        applyTerminalSize()
        _ = wnoutrefresh(window)
        _ = doupdate()
    }

    private func writeRaw(_ s: String) {
        if let outFile { fflush(outFile) }
        var bytes = Array(s.utf8)
        _ = write(outputFD, &bytes, bytes.count)
    }

    private static func ensureUTF8Locale() {
        _ = setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacingUTF8Dash != "UTF8" { _ = setlocale(LC_CTYPE, "C.UTF-8") }
    }

    nonisolated(unsafe) private static var atExitRegistered = false

    private static func registerAtExit() {
        guard !atExitRegistered else { return }
        atExitRegistered = true
        atexit { atexitStop?() }
    }
}

/// The running terminal's `stop`, for `atexit`, which takes no context.
nonisolated(unsafe) private var atexitStop: (() -> Void)?

#if canImport(Glibc)
private let _POSIX_VDISABLE_VALUE: Int32 = 0
#else
private let _POSIX_VDISABLE_VALUE: Int32 = 0xff
#endif

private extension String {
    var replacingUTF8Dash: String { filter { $0 != "-" } }
}
