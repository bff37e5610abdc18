import CasebookCore
import Foundation
import TerminalKit

/// Runs the operations of SPEC §8 against a cached caseload, through the same store and
/// TerminalKit calls the interface makes, and their floors through `sqlite3` and `rg`.
public struct BenchRunner {
    /// A fixed mix, so runs compare: rare words, common words and prefixes, as a clinician types them.
    public static let searchMix = ["harbour", "timetable", "coffee", "said", "session", "mother", "moth*", "ha*", "abandon*"]

    public var caseload: BenchCaseload
    /// Runs per operation; nil picks per operation (30, fewer for the slow ones).
    public var runs: Int?
    /// The `casebook` binary to launch for the first-frame measurement.
    public var executable: URL?
    public var progress: (String) -> Void

    public init(caseload: BenchCaseload, runs: Int? = nil, executable: URL? = nil, progress: @escaping (String) -> Void = { _ in }) {
        self.caseload = caseload
        self.runs = runs
        self.executable = executable
        self.progress = progress
    }

    public struct Result: Sendable {
        public var scale: BenchScale
        public var measurements: [BenchMeasurement]
        /// Floors not tied to one operation's column (e.g. `rg` next to the search's `sqlite3`).
        public var extraFloors: [(operation: String, floor: BenchFloor)]
        /// Peak resident memory of this process, in MB.
        public var residentMegabytes: Double
        public var caseload: BenchCaseload
        public var clientSessions: Int
    }

    public func run() throws -> Result {
        // The operations save notes; they work on a copy so the cached caseload stays as generated.
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let database = work.appendingPathComponent("bench.sqlite")
        try FileManager.default.copyItem(at: caseload.database, to: database)

        let store = try CaseStore(url: database)
        defer { try? store.close() }
        guard let busiest = try store.listClients().max(by: { $0.sessionCount < $1.sessionCount }),
            let clientID = busiest.client.id
        else { throw BenchError.emptyCaseload(caseload.database.path) }

        var measurements: [BenchMeasurement] = []
        progress("first frame …")
        let firstFrame = measureFirstFrame(database: database, runs: runs ?? 10)
        measurements.append(BenchMeasurement(
            name: "first frame (Clients)", statistics: firstFrame.statistics, targetMilliseconds: 100,
            floor: sqliteFloor(name: "sqlite3 roster SELECT", database: database,
                               statements: ["SELECT id, code, name, status FROM client ORDER BY code COLLATE NOCASE;"],
                               repeats: runs ?? 10),
            note: firstFrame.note))

        // The interface as a clinician meets the busiest client: the Clients screen loaded, the
        // client selected (which reads its preview), a 120×40 terminal.
        let runner = EffectRunner(store: store)
        let size = Size(width: 120, height: 40)
        let theme = Theme.builtinDefault
        var listed = AppState(size: size, now: Date())
        CasebookApp.settle(&listed, [.loadClients(select: clientID)], runner: runner)

        progress("opening the \(busiest.sessionCount)-session client …")
        var opened = listed
        let open = time(runs: runs ?? 30) {
            // Enter on the Clients list: the update, the client's load, the Client screen's first frame.
            var state = listed
            CasebookApp.settle(&state, AppUpdate.update(&state, .terminal(.key(KeyEvent(.enter)))), runner: runner)
            var buffer = Buffer(size: size)
            _ = RootView.render(state, theme: theme, into: &buffer)
            opened = state
        }
        // The rows the frame draws must have been read (note line, chips), not just placed.
        guard case .client(let screen)? = opened.stack.last, let detail = screen.detail,
            detail.sessions.count == busiest.sessionCount,
            detail.sessions[screen.sessions.offset..<min(detail.sessions.count, screen.sessions.offset + ScreenGeometry.sessionRows(size))]
                .allSatisfy(\.hasDetails)
        else {
            throw BenchError.screenNotReached("the Client screen of \(busiest.client.code) (Enter on the Clients list)")
        }
        measurements.append(BenchMeasurement(
            name: "open client (\(busiest.sessionCount) sessions)", statistics: BenchStatistics(open), targetMilliseconds: 30,
            floor: sqliteFloor(name: "sqlite3 sessions+observations", database: database, statements: [
                "SELECT * FROM session WHERE client_id = \(clientID) ORDER BY number;",
                "SELECT observation.* FROM observation JOIN session ON session.id = observation.session_id "
                    + "WHERE session.client_id = \(clientID) ORDER BY session.number;",
            ], repeats: runs ?? 30, perSample: 2)))

        progress("timeline …")
        // 6 then Enter on the Client screen: the Timeline reads the client's material from the
        // store, computes the grid, reads the evidence of the cell under the cursor, and draws.
        // Each run follows an untimed write (as after any autosave), so the memo that selecting
        // the client filled is gone and nothing measured comes from an earlier run.
        var tabbed = opened
        CasebookApp.settle(&tabbed, AppUpdate.update(&tabbed, .terminal(.key(KeyEvent(.character("6"))))), runner: runner)
        var timelineOpen = false
        let openTimeline = {
            var state = tabbed
            CasebookApp.settle(&state, AppUpdate.update(&state, .terminal(.key(KeyEvent(.enter)))), runner: runner)
            var buffer = Buffer(size: size)
            _ = RootView.render(state, theme: theme, into: &buffer)
            if case .component(let top)? = state.stack.last, top.title == TimelineScreen.hostTitle { timelineOpen = true }
        }
        let timeline = try time(runs: runs ?? 30, prepare: {
            try store.setClientStatus(clientID, busiest.client.status)
        }, openTimeline)
        guard timelineOpen else { throw BenchError.screenNotReached("the Timeline (6, then Enter, on the Client screen)") }
        measurements.append(BenchMeasurement(
            name: "timeline computed and drawn", statistics: BenchStatistics(timeline), targetMilliseconds: 16))
        // Coming back to it with nothing written since: the material from the store's memo. Not
        // what the target is about (the grid is not computed from the store), so it has none.
        let timelineRevisited = time(runs: runs ?? 30, openTimeline)
        measurements.append(BenchMeasurement(
            name: "timeline revisited, nothing written (memo)", statistics: BenchStatistics(timelineRevisited)))

        progress("search …")
        let searchRuns = max(runs ?? 45, 1)
        let search = try time(runs: searchRuns, indexed: { run in
            _ = try store.search(SearchQuery(Self.searchMix[run % Self.searchMix.count], limit: 50))
        })
        let patterns = Self.searchMix.compactMap { SearchQuery($0).ftsPattern }
        let ftsStatements = patterns.map { pattern in
            "SELECT rowid, snippet(search_index, 0, char(1), char(2), '…', 24) FROM search_index WHERE search_index MATCH '"
                + pattern.replacingOccurrences(of: "'", with: "''") + "' ORDER BY rank LIMIT 50;"
        }
        let ftsRepeats = max(1, searchRuns / max(1, ftsStatements.count))
        let searchName = "search (first 50 hits, snippets)"
        measurements.append(BenchMeasurement(
            name: searchName, statistics: BenchStatistics(search), targetMilliseconds: 20,
            targetP95Milliseconds: 50,
            floor: sqliteFloor(name: "sqlite3 FTS5 query", database: database, statements: ftsStatements, repeats: ftsRepeats)))
        let ripgrep = ripgrepFloor(runs: ftsRepeats)

        progress("keystroke …")
        let note = try Self.prose(from: store, clientID: clientID, bytes: 50_000)
        var editor = TextEditorState(text: note)
        editor.setCursor(scalarOffset: note.unicodeScalars.count / 2)
        var warm = Buffer(size: Size(width: 120, height: 40))
        TextEditorView().render(&editor, in: warm.area, buffer: &warm)
        let keystroke = time(runs: runs ?? 200) {
            editor.insert("a")
            var buffer = Buffer(size: Size(width: 120, height: 40))
            TextEditorView().render(&editor, in: buffer.area, buffer: &buffer)
        }
        measurements.append(BenchMeasurement(
            name: "keystroke in a 50 KB note", statistics: BenchStatistics(keystroke), targetMilliseconds: 2))

        progress("autosave …")
        let sessions = try store.sessions(clientID: clientID)
        guard let sessionID = sessions.last(where: { !$0.isSigned })?.id else {
            throw BenchError.emptyCaseload(caseload.database.path)
        }
        let visit = EditingVisit()
        try store.saveNote(sessionID: sessionID, layer: .process, text: note, visit: visit)
        // A second of typing in the middle of the note: every `#tag` after it moves, as it does
        // when a clinician adds a sentence to a long note (a same-length change would move none).
        let middle = note.index(note.startIndex, offsetBy: note.count / 2)
        let edited = [note, note.replacingCharacters(in: middle..<middle, with: "and I ")]
        let autosave = try time(runs: runs ?? 30, indexed: { run in
            try store.saveNote(sessionID: sessionID, layer: .process, text: edited[(run + 1) % 2], visit: visit)
        })
        measurements.append(BenchMeasurement(
            name: "autosave (typing mid 50 KB note)", statistics: BenchStatistics(autosave), targetMilliseconds: 5))
        // What the autosave row leaves to later, shown so nothing is hidden: autosaves commit
        // without waiting for the disk, and a pause in typing flushes them (a checkpoint that
        // syncs the WAL and the database). The save that waits for the disk, once in every five
        // seconds of unbroken typing, costs at most this much; nobody waits for the pause's flush.
        let flushed = try time(runs: runs.map { min($0, 30) } ?? 10, indexed: { run in
            try store.saveNote(sessionID: sessionID, layer: .process, text: edited[(run + 1) % 2], visit: visit)
            try store.makeSavesDurable()
        })
        measurements.append(BenchMeasurement(
            name: "autosave + flush to disk (pause; ≥ the 5 s save)", statistics: BenchStatistics(flushed)))

        return Result(
            scale: caseload.scale, measurements: measurements,
            extraFloors: [(searchName, ripgrep)],
            residentMegabytes: Self.peakResidentMegabytes(), caseload: caseload, clientSessions: busiest.sessionCount)
    }


    /// Milliseconds per run of `body`, which is told the run's index.
    private func time(runs: Int, indexed body: (Int) throws -> Void) rethrows -> [Double] {
        var samples: [Double] = []
        samples.reserveCapacity(runs)
        for run in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            try body(run)
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        return samples
    }

    private func time(runs: Int, _ body: () throws -> Void) rethrows -> [Double] {
        try time(runs: runs, indexed: { _ in try body() })
    }

    /// Milliseconds per run of `body`, each run after an untimed `prepare`.
    private func time(runs: Int, prepare: () throws -> Void, _ body: () throws -> Void) rethrows -> [Double] {
        var samples: [Double] = []
        samples.reserveCapacity(runs)
        for _ in 0..<max(1, runs) {
            try prepare()
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        return samples
    }


    private func measureFirstFrame(database: URL, runs: Int) -> (statistics: BenchStatistics?, note: String?) {
        guard let executable else { return (nil, "no casebook binary to launch") }
        var samples: [Double] = []
        for _ in 0..<max(1, runs) {
            guard let run = try? Self.launchUntilDrawn(executable, ["--db", database.path, "--bench-first-frame"]) else {
                return (nil, "could not launch \(executable.path)")
            }
            guard run.status == 0, let drawn = run.drawn else {
                return (nil, "not available: this build has no --bench-first-frame")
            }
            samples.append(drawn)
        }
        return (BenchStatistics(samples), nil)
    }

    /// Launches `executable` and returns the milliseconds until it printed its first line (the
    /// frame is drawn; nil if it never did) and its exit status. The clock stops at the line,
    /// not at exit: what the process does after drawing (closing the store) is not waited for.
    private static func launchUntilDrawn(_ executable: URL, _ arguments: [String]) throws -> (drawn: Double?, status: Int32) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stdout = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        let first = stdout.fileHandleForReading.readData(ofLength: 1)
        let drawn = first.isEmpty ? nil : Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        _ = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (drawn, process.terminationStatus)
    }


    /// `statements` run `repeats` times through one `sqlite3` shell with `.timer on`; each sample
    /// is the CPU time (user + sys) it reports for a statement, since its wall clock shows whole
    /// milliseconds only.
    /// Consecutive statements `perSample` at a time make one sample (an operation that runs two queries).
    private func sqliteFloor(
        name: String, database: URL, statements: [String], repeats: Int, perSample: Int = 1
    ) -> BenchFloor {
        let sqlite = URL(fileURLWithPath: "/usr/bin/sqlite3")
        guard FileManager.default.isExecutableFile(atPath: sqlite.path) else {
            return BenchFloor(name: name, statistics: nil, note: "no /usr/bin/sqlite3")
        }
        let script = ".timer on\n.output /dev/null\n"
            + String(repeating: statements.joined(separator: "\n") + "\n", count: max(1, repeats))
        guard let output = try? Self.capture(sqlite, ["-readonly", database.path], input: script) else {
            return BenchFloor(name: name, statistics: nil, note: "sqlite3 failed")
        }
        var perStatement: [Double] = []
        for line in output.split(separator: "\n") where line.hasPrefix("Run Time:") {
            let fields = line.split(separator: " ")
            var user = 0.0
            var system = 0.0
            for (index, field) in fields.enumerated() where index + 1 < fields.count {
                if field == "user" { user = Double(fields[index + 1]) ?? 0 }
                if field == "sys" { system = Double(fields[index + 1]) ?? 0 }
            }
            perStatement.append((user + system) * 1000)
        }
        let group = max(1, perSample)
        var samples: [Double] = []
        var index = 0
        while index + group <= perStatement.count {
            samples.append(perStatement[index..<(index + group)].reduce(0, +))
            index += group
        }
        return BenchFloor(name: name, statistics: BenchStatistics(samples))
    }

    /// `rg` over the notes as plain files, once per query of the mix per run: the time to find
    /// the words with no index at all.
    private func ripgrepFloor(runs: Int) -> BenchFloor {
        let candidates = ["/usr/bin/rg", "/usr/local/bin/rg"]
        guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return BenchFloor(name: "rg over the notes", statistics: nil, note: "ripgrep is not installed")
        }
        var samples: [Double] = []
        for _ in 0..<max(1, runs) {
            for query in Self.searchMix {
                let word = query.hasSuffix("*") ? "\\b" + query.dropLast() + "\\w*" : "\\b" + query + "\\b"
                let start = DispatchTime.now().uptimeNanoseconds
                guard (try? Self.launch(URL(fileURLWithPath: path), ["-i", "-l", "-e", word, caseload.notes.path])) != nil
                else { return BenchFloor(name: "rg over the notes", statistics: nil, note: "rg failed") }
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            }
        }
        return BenchFloor(name: "rg over the notes", statistics: BenchStatistics(samples))
    }


    /// About `bytes` of the client's own notes, paragraph after paragraph, as a long note would read.
    static func prose(from store: CaseStore, clientID: Int64, bytes: Int) throws -> String {
        let notes = try store.sessions(clientID: clientID).map(\.processNote).filter { !$0.isEmpty }
        guard !notes.isEmpty else { return String(repeating: "The client spoke about the week. ", count: bytes / 32) }
        var text = ""
        var index = 0
        while text.utf8.count < bytes {
            if !text.isEmpty { text += "\n\n" }
            text += notes[index % notes.count]
            index += 1
        }
        return text
    }

    static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        // Linux reports kilobytes.
        return Double(usage.ru_maxrss) / 1024
    }

    private static func launch(_ executable: URL, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    private static func capture(_ executable: URL, _ arguments: [String], input: String) throws -> String {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-bench-\(UUID().uuidString).sql")
        try Data(input.utf8).write(to: script)
        defer { try? FileManager.default.removeItem(at: script) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stdout = Pipe()
        process.standardInput = try FileHandle(forReadingFrom: script)
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
