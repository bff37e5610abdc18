import CasebookCore
import Foundation
import TerminalKit

/// The Client screen's Timeline tab: tags × sessions, shaded by intensity, with the evidence
/// of the cell under the cursor and the ODF under the grid.
public enum TimelineScreen {
    public static func open(clientID: Int64, store: CaseStore, now: Date, timeZone: TimeZone = .current) throws -> TimelineState {
        TimelineState(material: try TimelineMaterial.load(store: store, clientID: clientID), timeZone: timeZone)
    }

    public static func update(_ state: inout TimelineState, _ input: TimelineInput) -> [TimelineEffect] {
        let effects = respond(&state, input)
        // Wherever the cursor now stands, its cell's evidence is read once.
        return effects + (state.evidenceRequest().map { [$0] } ?? [])
    }

    private static func respond(_ state: inout TimelineState, _ input: TimelineInput) -> [TimelineEffect] {
        switch input {
        case .key(let key):
            return handle(key, &state)
        case .paste, .tick:
            return []
        case .resized(let size):
            state.viewport = size
            return []
        case .loaded(let material):
            state.replaceMaterial(material)
            state.message = nil
            return []
        case .evidenceLoaded(let evidence):
            state.receiveEvidence(evidence)
            return []
        case .uncovered:
            return [.refresh(clientID: state.clientID)]
        case .failed(let message):
            state.message = message
            state.request = .status("Timeline: \(message)")
            return []
        case .evidenceLocated(let sessionID, let offset):
            state.request = .openSession(sessionID: sessionID, layer: "process", scalarOffset: offset)
            return []
        }
    }

    public static func run(_ effect: TimelineEffect, store: CaseStore, now: Date) -> [TimelineInput] {
        switch effect {
        case .reload(let clientID):
            do {
                // R means "read it again": past the memo, whatever it holds.
                return [.loaded(try TimelineMaterial.read(store: store, clientID: clientID))]
            } catch {
                return [.failed("could not read the client's sessions (\(error)); press R to try again")]
            }
        case .refresh(let clientID):
            do {
                return [.loaded(try TimelineMaterial.load(store: store, clientID: clientID))]
            } catch {
                return [.failed("could not read the client's sessions (\(error)); press R to try again")]
            }
        case .loadEvidence(let sessionID, let tagID):
            do {
                return [.evidenceLoaded(try TimelineCellEvidence.read(store: store, sessionID: sessionID, tagID: tagID))]
            } catch {
                return [.failed("could not read this cell's evidence (\(error)); press R to try again")]
            }
        case .locateEvidence(let sessionID, let tagID):
            let offset = try? TimelineCellEvidence.read(store: store, sessionID: sessionID, tagID: tagID).spanStart
            return [.evidenceLocated(sessionID: sessionID, scalarOffset: offset)]
        }
    }

    public static func render(
        _ state: TimelineState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool
    ) -> Position? {
        TimelineView.render(state, in: area, buffer: &buffer, theme: theme, codeOnly: codeOnly)
        return nil
    }

    public static func keyHints(_ state: TimelineState) -> [ScreenKeyHint] {
        [
            ScreenKeyHint("hjkl", "move"), ScreenKeyHint("H/L", "page"), ScreenKeyHint("0/$", "ends"),
            ScreenKeyHint("Enter", "open session"), ScreenKeyHint("f", "filter: \(state.filter.label)"),
            ScreenKeyHint("w", "window: \(state.window.label)"), ScreenKeyHint("[ ]", "range"),
            ScreenKeyHint("q", "back"),
        ]
    }

    public static func isEditingText(_ state: TimelineState) -> Bool { false }

    public static var actions: [ScreenKeyHint] {
        [
            ScreenKeyHint("Enter", "Timeline: open the session under the cursor at its evidence"),
            ScreenKeyHint("f", "Timeline: next category filter"),
            ScreenKeyHint("F", "Timeline: previous category filter"),
            ScreenKeyHint("w", "Timeline: window all / last 12 / last 24 / last 52 sessions"),
            ScreenKeyHint("[", "Timeline: start a session range at the cursor"),
            ScreenKeyHint("]", "Timeline: end the session range at the cursor"),
            ScreenKeyHint("0", "Timeline: first session"),
            ScreenKeyHint("$", "Timeline: last session"),
            ScreenKeyHint("R", "Timeline: reload from the notes"),
        ]
    }

    private static func handle(_ event: KeyEvent, _ state: inout TimelineState) -> [TimelineEffect] {
        let columns = state.grid.columns.count
        let rows = state.grid.rows.count
        let layout = TimelineLayout(area: Rect(x: 0, y: 0, width: state.viewport.width, height: state.viewport.height), state: state)
        let page = max(1, layout.visibleColumns - 1)
        let wasPendingG = state.pendingG
        state.pendingG = false
        state.message = nil

        if event.modifiers.contains(.ctrl) {
            switch event.key {
            case .character("d"): moveColumns(by: page, scroll: true, &state)
            case .character("u"): moveColumns(by: -page, scroll: true, &state)
            case .character("r"): return [.reload(clientID: state.clientID)]
            default: break
            }
            keepCursorInView(&state)
            return []
        }
        defer { keepCursorInView(&state) }
        switch event.key {
        case .left, .character("h"): moveColumns(by: -1, scroll: false, &state)
        case .right, .character("l"): moveColumns(by: 1, scroll: false, &state)
        case .character("H"): moveColumns(by: -page, scroll: true, &state)
        case .character("L"): moveColumns(by: page, scroll: true, &state)
        case .home, .character("0"): state.cursorColumn = 0
        case .end, .character("$"): state.cursorColumn = max(0, columns - 1)
        case .up, .character("k"): state.cursorRow = max(0, state.cursorRow - 1)
        case .down, .character("j"): state.cursorRow = max(0, min(rows - 1, state.cursorRow + 1))
        case .pageUp: state.cursorRow = max(0, state.cursorRow - max(1, layout.body.height - 1))
        case .pageDown: state.cursorRow = max(0, min(rows - 1, state.cursorRow + max(1, layout.body.height - 1)))
        case .character("g"):
            if wasPendingG { state.cursorRow = 0 } else { state.pendingG = true }
        case .character("G"): state.cursorRow = max(0, rows - 1)
        case .character("f"): state.setFilter(state.filter.next)
        case .character("F"): state.setFilter(state.filter.previous)
        case .character("w"):
            state.rangeStart = nil
            state.setWindow(state.window.next)
        case .character("["): markRangeStart(&state)
        case .character("]"): markRangeEnd(&state)
        case .character("R"): return [.reload(clientID: state.clientID)]
        case .enter: return openCursorSession(&state)
        case .escape, .character("q"):
            if state.rangeStart != nil {
                state.rangeStart = nil
            } else {
                state.request = .close
            }
        default: break
        }
        return []
    }

    /// Moves the cursor; a page move scrolls the view with it so the cursor keeps its place on screen.
    private static func moveColumns(by delta: Int, scroll: Bool, _ state: inout TimelineState) {
        let columns = state.grid.columns.count
        guard columns > 0 else { return }
        if scroll { state.columnOffset = max(0, state.columnOffset + delta) }
        state.cursorColumn = max(0, min(columns - 1, state.cursorColumn + delta))
    }

    /// Stores the offsets the view will use, so scrolling back does not jump.
    private static func keepCursorInView(_ state: inout TimelineState) {
        let layout = TimelineLayout(area: Rect(x: 0, y: 0, width: state.viewport.width, height: state.viewport.height), state: state)
        state.columnOffset = TimelineLayout.columnOffset(for: state, visibleColumns: layout.visibleColumns)
        state.lineOffset = TimelineLayout.lineOffset(for: state, visibleLines: layout.body.height)
    }

    private static func markRangeStart(_ state: inout TimelineState) {
        guard let session = state.cursorSession?.session else { return }
        state.rangeStart = session
        state.request = .status("Range starts at session \(session): move to its end and press ]")
    }

    private static func markRangeEnd(_ state: inout TimelineState) {
        guard let session = state.cursorSession?.session else { return }
        let start = state.rangeStart ?? state.grid.columns.first?.session ?? session
        state.rangeStart = nil
        state.setWindow(.range(min(start, session)...max(start, session)))
    }

    private static func openCursorSession(_ state: inout TimelineState) -> [TimelineEffect] {
        guard let sessionID = state.cursorSessionID else { return [] }
        guard let tag = state.cursorTag, state.cursorCell != nil else {
            state.request = .openSession(sessionID: sessionID, layer: "process", scalarOffset: nil)
            return []
        }
        guard let evidence = state.cursorEvidence else {
            return [.locateEvidence(sessionID: sessionID, tagID: tag.id)]
        }
        state.request = .openSession(sessionID: sessionID, layer: "process", scalarOffset: evidence.spanStart)
        return []
    }
}
