import CasebookCore
import Foundation
import XCTest

/// A bracketed paste full of command keys goes into the note as text and triggers nothing
/// (SPEC §9): the session stays open and the note holds exactly what was pasted.
final class PasteEndToEndTests: EndToEndTestCase {
    /// Lines that would quit, open the palette, search, open $EDITOR, score an episode, and
    /// control characters that are bound keys (Ctrl-S save, Ctrl-T layer, Ctrl-O codes only,
    /// Ctrl-G privacy, Ctrl-N, Ctrl-P, Ctrl-Q, Ctrl-A, Ctrl-E, Ctrl-K), all as literal text, and
    /// Ctrl-C and Ctrl-\, which the tty once turned into signals that quit mid-paste.
    static let pasted = [
        "q",
        ":quit",
        "/suche nach Mutter",
        "e E q Q : / ? n N j k G g d x y A s S 1 2 3 6 9",
        "Sie sprach vom Verlassenwerden #humor und #isolation-of-affects, Zoë lächelte.",
        "Steuerzeichen: \u{13}\u{14}\u{0F}\u{07}\u{0E}\u{10}\u{11}\u{01}\u{05}\u{0B} Ende",
        "Signale: vor \u{03} zwischen \u{1C} nach",
        "q",
    ].joined(separator: "\n")

    func testAMultiLinePasteOfCommandKeysBecomesTextAndTriggersNothing() throws {
        try openDemo(clients: 1, sessions: "2")
        try tmux.send("n")
        try tmux.waitFor("Session 3 ·")
        let id = try XCTUnwrap(try newestSession()?.session.id)
        try tmux.paste(Self.pasted)
        try waitUntilSaved(Self.pasted, sessionID: id)
        let screen = try tmux.waitFor("/suche nach Mutter")
        XCTAssertTrue(screen.contains("Session 3 ·"), "the paste left the session:\n\(screen)")
        XCTAssertTrue(screen.contains("Zoë lächelte"), screen)
        XCTAssertFalse(screen.contains("Search"), "the paste opened search:\n\(screen)")
        XCTAssertTrue(try appIsAlive())
        // Typing goes on right after the paste, in the same note.
        try tmux.type(" weiter")
        try waitUntilSaved(Self.pasted + " weiter", sessionID: id)
    }

    /// Ctrl-C typed on its own (not pasted) still saves the draft and quits, as the help says.
    func testTypedCtrlCSavesTheDraftAndQuits() throws {
        try openDemo(clients: 1, sessions: "2")
        try tmux.send("n")
        try tmux.waitFor("Session 3 ·")
        let id = try XCTUnwrap(try newestSession()?.session.id)
        try tmux.type("Kurz vor dem Ende getippt")
        try tmux.send("C-c")
        let deadline = Date().addingTimeInterval(5)
        while try appIsAlive(), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        XCTAssertFalse(try appIsAlive(), "Ctrl-C did not quit")
        XCTAssertEqual(try session(id: id)?.processNote, "Kurz vor dem Ende getippt")
    }
}
