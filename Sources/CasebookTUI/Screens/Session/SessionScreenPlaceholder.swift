// PLACEHOLDER, to be deleted when the session branch is merged: the real session screen
// (Screens/Session/, another helper's part) defines these types. This file holds only the
// contract's shape (tui-contract.md) so the shell compiles and its tests run; it saves the
// process note typed into a plain buffer, nothing more.
import CasebookCore
import Foundation
import TerminalKit

public struct SessionScreenState: Sendable {
    public var session: Session
    public var clientCode: String
    public var clientName: String
    public var now: Date
    public let visit: EditingVisit
    public var text: String
    public var savedText: String
    public var message: String?
    public var closed = false
    public var isEditingText: Bool { true }
}

public enum SessionScreenInput: Sendable {
    case key(KeyEvent)
    case paste(String)
    case tick(Date)
    case resized(Size)
    case saved(String)
    case failed(String)
}

public enum SessionScreenEffect: Sendable {
    case save(sessionID: Int64, text: String, visit: EditingVisit)
    case close
}

public enum SessionScreen {
    public static func open(sessionID: Int64, store: CaseStore, now: Date) throws -> SessionScreenState {
        guard let session = try store.session(id: sessionID) else { throw StoreError.sessionNotFound(sessionID) }
        let client = try store.client(id: session.clientID)
        return SessionScreenState(session: session, clientCode: client?.code ?? "", clientName: client?.name ?? "", now: now,
                                  visit: EditingVisit(), text: session.processNote, savedText: session.processNote)
    }

    public static func update(_ state: inout SessionScreenState, _ input: SessionScreenInput) -> [SessionScreenEffect] {
        switch input {
        case let .key(key):
            switch key.key {
            case let .character(c) where key.modifiers.isEmpty: state.text += c
            case .enter: state.text += "\n"
            case .backspace: if !state.text.isEmpty { state.text.removeLast() }
            case .escape: return closeEffects(&state)
            default: break
            }
        case let .paste(text): state.text += text
        case let .tick(now): state.now = now
        case .resized: break
        case let .saved(text): state.savedText = text
        case let .failed(message): state.message = message
        }
        return []
    }

    private static func closeEffects(_ state: inout SessionScreenState) -> [SessionScreenEffect] {
        state.closed = true
        guard let id = state.session.id, state.text != state.savedText else { return [.close] }
        return [.save(sessionID: id, text: state.text, visit: state.visit), .close]
    }

    public static func run(_ effect: SessionScreenEffect, store: CaseStore, now: Date) -> [SessionScreenInput] {
        switch effect {
        case let .save(id, text, visit):
            do {
                try store.saveNote(sessionID: id, layer: .process, text: text, visit: visit)
                return [.saved(text)]
            } catch {
                return [.failed("\(error)")]
            }
        case .close:
            return []
        }
    }

    public static func render(_ state: SessionScreenState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        let who = codeOnly ? state.clientCode : "\(state.clientCode) \(state.clientName)"
        buffer.setString(x: area.x, y: area.y, "Session \(state.session.number) · \(who)", style: theme.style(for: .title))
        let lines = state.text.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() where i + 1 < area.height {
            buffer.setString(x: area.x, y: area.y + 1 + i, String(line), style: theme.style(for: .text))
        }
        let last = lines.last.map(String.init) ?? ""
        return Position(x: area.x + displayWidth(of: last), y: area.y + min(area.height - 1, lines.count))
    }

    public static func keyHints(_ state: SessionScreenState) -> [(key: String, label: String)] { [("Esc", "close")] }
    public static var actions: [(name: String, key: String)] { [("Close the session", "Esc")] }

    public static func perform(_ state: inout SessionScreenState, action name: String) -> [SessionScreenEffect] {
        name == "Close the session" ? closeEffects(&state) : []
    }

    public static func flush(_ state: inout SessionScreenState, store: CaseStore) -> [SessionScreenInput] {
        guard let id = state.session.id, state.text != state.savedText else { return [] }
        let inputs = run(.save(sessionID: id, text: state.text, visit: state.visit), store: store, now: state.now)
        for input in inputs { _ = update(&state, input) }
        return inputs
    }

    public static func wantsClose(_ state: SessionScreenState) -> Bool { state.closed }

    public static func statusText(_ state: SessionScreenState) -> String {
        state.message ?? (state.text == state.savedText ? "Saved" : "Editing…")
    }
}
