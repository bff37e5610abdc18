import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

/// The Supervision tab over a demo client written by `DemoWriter`.
final class SupervisionScreenTests: XCTestCase {
    private var directory: URL!
    private var store: CaseStore!
    private var demo: DemoClient!
    private var clientID: Int64!
    private let theme = Theme.builtinDefault
    private let now = Date(timeIntervalSince1970: 1_790_000_000)

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-supervision-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try CaseStore(url: directory.appendingPathComponent("casebook.sqlite"))
        let caseload = DemoCaseload.generate(clients: 1, sessionsPerClient: 6...6)
        try DemoWriter.write(caseload, to: store)
        demo = try XCTUnwrap(caseload.clients.first)
        clientID = try XCTUnwrap(try store.client(code: demo.code)?.id)
    }

    override func tearDownWithError() throws {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    private func open() throws -> SupervisionState {
        try SupervisionScreen.open(clientID: clientID, store: store, now: now)
    }

    /// Feeds an input and runs every effect it asks for against the store, feeding the results back.
    @discardableResult
    private func send(_ state: inout SupervisionState, _ input: SupervisionInput) -> [SupervisionEffect] {
        var all: [SupervisionEffect] = []
        var queue = [input]
        while !queue.isEmpty {
            let effects = SupervisionScreen.update(&state, queue.removeFirst())
            all += effects
            for effect in effects { queue += SupervisionScreen.run(effect, store: store, now: now) }
        }
        return all
    }

    private func press(_ state: inout SupervisionState, _ keys: [KeyEvent]) {
        for event in keys { send(&state, .key(event)) }
    }

    private func render(_ state: SupervisionState, _ size: Size, codeOnly: Bool = true) -> [String] {
        var buffer = Buffer(size: size)
        _ = SupervisionScreen.render(state, in: Rect(x: 0, y: 0, width: size.width, height: size.height), buffer: &buffer,
                                     theme: theme, codeOnly: codeOnly)
        return buffer.lines
    }

    func testFlaggingASessionAndAnObservationPersistsAndUnflaggingClearsIt() throws {
        var state = try open()
        let sessionIndex = try XCTUnwrap(state.selectedSession)
        let sessionID = try XCTUnwrap(state.sessions[sessionIndex].id)
        let wasFlagged = state.sessions[sessionIndex].flaggedForSupervision
        press(&state, [key("f")])
        XCTAssertEqual(try store.session(id: sessionID)?.flaggedForSupervision, !wasFlagged)
        XCTAssertEqual(try open().sessions[sessionIndex].flaggedForSupervision, !wasFlagged, "a reopened tab shows the saved flag")

        press(&state, [KeyEvent(.tab)])
        XCTAssertEqual(state.focus, .observations)
        let observationIndex = try XCTUnwrap(state.selectedObservation)
        let observationID = try XCTUnwrap(state.observations[observationIndex].observation.id)
        let observationWasFlagged = state.observations[observationIndex].observation.flaggedForSupervision
        press(&state, [key("f")])
        func storedFlag() throws -> Bool? {
            try store.observations(clientID: clientID).first { $0.observation.id == observationID }?.observation.flaggedForSupervision
        }
        XCTAssertEqual(try storedFlag(), !observationWasFlagged)
        XCTAssertEqual(try store.session(id: sessionID)?.flaggedForSupervision, !wasFlagged, "the session keeps its flag")

        press(&state, [key("f")])
        XCTAssertEqual(try storedFlag(), observationWasFlagged, "f again takes the flag off")
        press(&state, [KeyEvent(.tab), key("f")])
        XCTAssertEqual(try store.session(id: sessionID)?.flaggedForSupervision, wasFlagged)
    }

    func testQuestionsTypedAreSavedHalfASecondAfterTheFirstTickThatSawThem() throws {
        var state = try open()
        press(&state, [key("e")])
        XCTAssertTrue(SupervisionScreen.isEditingText(state))
        press(&state, [KeyEvent(.character("u"), modifiers: .ctrl)]) // not an editing key: nothing typed
        press(&state, typing(" Is my boredom a response to her?"))
        let expected = demo.supervisionQuestions + " Is my boredom a response to her??"
        XCTAssertEqual(SupervisionScreen.statusText(state), "Unsaved…")

        XCTAssertEqual(send(&state, .tick(now)), [], "the first tick only starts the wait")
        XCTAssertEqual(send(&state, .tick(now.addingTimeInterval(0.25))), [])
        XCTAssertEqual(try store.client(id: clientID)?.supervisionQuestions, demo.supervisionQuestions, "not yet saved")
        press(&state, typing("?"))
        let effects = send(&state, .tick(now.addingTimeInterval(0.5)))
        XCTAssertEqual(effects, [.saveQuestions(clientID: clientID, text: expected)])
        XCTAssertEqual(try store.client(id: clientID)?.supervisionQuestions, expected)
        XCTAssertTrue(SupervisionScreen.statusText(state).hasPrefix("Saved"), SupervisionScreen.statusText(state))
        XCTAssertTrue(SupervisionScreen.isEditingText(state), "autosave leaves the editor open")

        press(&state, typing(" And the fee?"))
        press(&state, [KeyEvent(.escape)])
        XCTAssertFalse(SupervisionScreen.isEditingText(state))
        XCTAssertEqual(try store.client(id: clientID)?.supervisionQuestions, expected + " And the fee?", "Esc saves at once")
        XCTAssertEqual(try open().questions, expected + " And the fee?")
    }

    func testBriefPreviewNamesTheClientByCodeOnly() throws {
        var state = try open()
        press(&state, [key("b")])
        guard case .preview(let markdown, _) = state.overlay else { return XCTFail("no preview: \(String(describing: state.overlay))") }
        XCTAssertTrue(markdown.contains("# Supervision brief: \(demo.code)"))
        XCTAssertFalse(markdown.contains(demo.name))
        for figure in demo.figures where !figure.name.isEmpty {
            XCTAssertFalse(markdown.contains(figure.name), "figure name \(figure.name) in the preview")
        }
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            var sized = state
            send(&sized, .resized(Size(width: size.width, height: size.height - 1)))
            let lines = render(sized, size)
            assertContains(lines, "Brief preview")
            assertContains(lines, "# Supervision brief: \(demo.code)")
            assertLacks(lines, demo.name)
            press(&sized, [key("G")])
            let end = render(sized, size)
            assertContains(end, "## Questions for supervision")
            assertLacks(end, "# Supervision brief:")
        }
        press(&state, [KeyEvent(.escape)])
        XCTAssertNil(state.overlay)
        XCTAssertNil(state.request, "Esc closes the preview, not the tab")
    }

    func testAllowingACandidateLeavesItOutOfTheNextReview() throws {
        var state = try open()
        press(&state, [key("e")] + typing(" Should I say more when Octavian comes up again?") + [KeyEvent(.escape)])
        press(&state, [key("r")])
        guard case .review(let review) = state.overlay else { return XCTFail("no review") }
        let index = try XCTUnwrap(review.review.nameCandidates.firstIndex(of: "Octavian"), "\(review.review.nameCandidates)")
        assertContains(render(state, Size(width: 120, height: 40)), "[ ] Octavian")
        press(&state, Array(repeating: key("j"), count: index) + [key(" ")])
        XCTAssertEqual(state.allowed, ["Octavian"])
        assertContains(render(state, Size(width: 120, height: 40)), "[x] Octavian")

        press(&state, [KeyEvent(.escape), key("r")])
        guard case .review(let next) = state.overlay else { return XCTFail("no second review") }
        XCTAssertFalse(next.review.nameCandidates.contains("Octavian"))
        XCTAssertEqual(Set(next.review.nameCandidates), Set(review.review.nameCandidates).subtracting(["Octavian"]))
    }

    func testExportWritesAPrivateFileRefusesToOverwriteAndLogsTheDisclosure() throws {
        var state = try open()
        let path = directory.appendingPathComponent("brief.md").path
        let before = try store.disclosures().count
        press(&state, [key("x")])
        press(&state, [key("m")])
        guard case .export(let prompt) = state.overlay else { return XCTFail("no prompt") }
        XCTAssertTrue(prompt.path.text.hasPrefix("~/casebook-brief-\(demo.code)-"), prompt.path.text)
        XCTAssertTrue(prompt.path.text.hasSuffix(".md"))
        XCTAssertTrue(SupervisionScreen.isEditingText(state))
        press(&state, [KeyEvent(.character("u"), modifiers: .ctrl), KeyEvent(.home), KeyEvent(.character("k"), modifiers: .ctrl)])
        send(&state, .paste(path))
        press(&state, [KeyEvent(.enter)])
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.request, .status("Brief written to \(path) (readable only by you); the disclosure is logged."))
        let written = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(written.contains("# Supervision brief: \(demo.code)"))
        XCTAssertFalse(written.contains(demo.name))
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        XCTAssertEqual(permissions?.intValue, 0o600)
        let disclosures = try store.disclosures()
        XCTAssertEqual(disclosures.count, before + 1)
        XCTAssertEqual(disclosures.first?.clientCodes, [demo.code])
        XCTAssertEqual(disclosures.first?.deidentified, true)
        XCTAssertTrue(disclosures.first?.what.contains(path) ?? false)

        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        state.request = nil
        press(&state, [key("x"), key("h"), KeyEvent(.home), KeyEvent(.character("k"), modifiers: .ctrl)])
        send(&state, .paste(path))
        press(&state, [KeyEvent(.enter)])
        guard case .export(let refused) = state.overlay else { return XCTFail("the prompt should stay open") }
        XCTAssertEqual(refused.error, "\(path) already exists; nothing was written. Choose another file name.")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "keep me")
        XCTAssertEqual(try store.disclosures().count, before + 1, "nothing written, nothing logged")
        assertContains(render(state, Size(width: 120, height: 40)), "already exists; nothing was written.")
    }

    func testDefaultExportPathIsInHomeWithCodeDateAndFormat() {
        let path = SupervisionScreen.defaultPath(code: "AB-01", today: now, format: .html)
        XCTAssertTrue(path.hasPrefix("~/casebook-brief-AB-01-"))
        XCTAssertTrue(path.hasSuffix(".html"))
        XCTAssertEqual(path.count, "~/casebook-brief-AB-01-yyyy-MM-dd.html".count)
    }

    func testRendersListsAndQuestionsAt80x24And120x40() throws {
        var state = try open()
        let wasFlagged = try XCTUnwrap(state.sessions.last).flaggedForSupervision
        press(&state, wasFlagged ? [] : [key("f")])
        XCTAssertEqual(state.sessions.last?.flaggedForSupervision, true)
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            let lines = render(state, size)
            XCTAssertTrue(lines[0].contains("Supervision · \(demo.code)"), lines[0])
            XCTAssertTrue(lines[0].contains("flagged: \(state.flaggedSessionCount) session"), lines[0])
            assertContains(lines, "Sessions (6)")
            assertContains(lines, "Observations (\(state.observations.count))")
            assertContains(lines, "★ Session 6")
            assertContains(lines, "Questions for supervision")
            assertContains(lines, String(demo.supervisionQuestions.prefix(20)))
            assertLacks(lines, demo.name)
            if let first = state.observations.first {
                assertContains(lines, "S\(first.sessionNumber)")
            }
        }
        press(&state, [key("r")])
        let review = render(state, Size(width: 80, height: 24))
        assertContains(review, "Name review before export")
        assertContains(review, "Capitalised words that might be names (")
        assertContains(review, "Names that are also words, replaced (")
        press(&state, [KeyEvent(.escape), key("x")])
        assertContains(render(state, Size(width: 80, height: 24)), "m Markdown (.md)")
        press(&state, [key("h")])
        let prompt = render(state, Size(width: 80, height: 24))
        assertContains(prompt, "Format: HTML · file (Enter writes):")
        assertContains(prompt, "~/casebook-brief-\(demo.code)-")
        assertContains(prompt, "Written readable only by you (0600)")
        press(&state, [KeyEvent(.escape), KeyEvent(.escape)])
        XCTAssertEqual(state.request, .close)
    }

    func testAFlagOnAnInlineObservationIsSavedThoughItsTagLivesInTheNote() throws {
        var state = try open()
        let index = try XCTUnwrap(state.observations.firstIndex { $0.observation.source == .inline }, "the demo has inline tags")
        let id = try XCTUnwrap(state.observations[index].observation.id)
        let was = state.observations[index].observation.flaggedForSupervision
        press(&state, [KeyEvent(.tab), key("g"), key("g")] + Array(repeating: key("j"), count: index) + [key("f")])
        XCTAssertEqual(state.selectedObservation, index)
        XCTAssertNil(state.request, "no error reported")
        XCTAssertEqual(try store.observations(clientID: clientID).first { $0.observation.id == id }?.observation.flaggedForSupervision, !was)
    }

    func testQuestionsThatCannotBeSavedStayOnScreenAndAreRetried() throws {
        var state = try open()
        press(&state, [key("e")] + typing(" What am I avoiding?"))
        try store.deleteClient(clientID)
        send(&state, .tick(now))
        let effects = send(&state, .tick(now.addingTimeInterval(1.2)))
        XCTAssertEqual(effects.count, 1, "one save tried")
        XCTAssertTrue(SupervisionScreen.statusText(state).hasPrefix("Save failed"), SupervisionScreen.statusText(state))
        XCTAssertEqual(state.editor?.text, demo.supervisionQuestions + " What am I avoiding?", "the text stays in the editor")
        guard case .status(let message) = state.request else { return XCTFail("no status") }
        XCTAssertTrue(message.contains("The text stays on screen"), message)
        XCTAssertEqual(send(&state, .tick(now.addingTimeInterval(1.5))), [], "not retried on every tick")
        XCTAssertEqual(send(&state, .tick(now.addingTimeInterval(2.3))).count, 1, "retried a second later")
        XCTAssertEqual(send(&state, .tick(now.addingTimeInterval(3.4))), [], "the next try waits longer")
        XCTAssertEqual(send(&state, .tick(now.addingTimeInterval(4.4))).count, 1, "retried two seconds later")
    }

    func testEnterOnASessionAsksTheShellToOpenIt() throws {
        var state = try open()
        press(&state, [key("g"), key("g"), KeyEvent(.enter)])
        XCTAssertEqual(state.request, .openSession(sessionID: try XCTUnwrap(state.sessions.first?.id), layer: nil, scalarOffset: nil))
    }

    func testDrawsAtTheSmallestAndLargestSizesWithEveryOverlay() throws {
        var state = try open()
        for size in [Size(width: 60, height: 16), Size(width: 400, height: 120)] {
            send(&state, .resized(size))
            let lists = render(state, size, codeOnly: false)
            XCTAssertTrue(lists[0].hasPrefix("Supervision · \(demo.code)"), lists[0])
            assertContains(lists, "Sessions (6)")
            assertContains(lists, size.width < 80 ? "Questions" : "Questions for supervision · e edit")
            assertLacks(lists, demo.name)
            press(&state, [key("b"), key("G")])
            assertContains(render(state, size), "Brief preview")
            press(&state, [KeyEvent(.escape), key("r")])
            assertContains(render(state, size), "Name review")
            press(&state, [KeyEvent(.escape), key("x"), key("m")])
            assertContains(render(state, size), "~/casebook-brief-")
            press(&state, [KeyEvent(.escape)])
            XCTAssertNil(state.overlay)
        }
    }

    func testReviewListsNamesThatAreWordsButHidesTheNameWhenCodesOnly() throws {
        try store.addFigure(clientID: clientID, role: "sister", name: "Rose")
        var state = try open()
        press(&state, [key("e")] + typing(" Why did I go quiet when Rose came up?") + [KeyEvent(.escape), key("r")])
        guard case .review(let review) = state.overlay else { return XCTFail("no review") }
        XCTAssertEqual(review.review.ambiguousReplacements.map(\.name), ["rose"])
        let replacement = review.review.ambiguousReplacements[0].replacement
        XCTAssertTrue(replacement.hasPrefix("[sister"), replacement)
        let codes = render(state, Size(width: 120, height: 40), codeOnly: true)
        assertContains(codes, "(a name) → \(replacement) (1×): …")
        assertContains(codes, "Why did I go quiet when \(replacement) came up?")
        assertLacks(codes, "rose")
        assertLacks(codes, "Rose")
        assertContains(render(state, Size(width: 120, height: 40), codeOnly: false), "rose → \(replacement) (1×)")
    }
}
