import CasebookCore
import Foundation
import TerminalKit

extension AppUpdate {
    /// Quitting: drafts are saved first. What the store still refuses is never dropped silently:
    /// the clinician is asked (or, for a signal, it goes to a recovery file) before the run ends.
    static func quit(_ state: inout AppState, route: ExitRoute = .askFirst) -> [Effect] {
        if case let .quitGuard(box)? = state.overlay {
            // Asked again while asking (Ctrl-C twice, SIGTERM): write the file rather than wait.
            if box.writtenPath != nil { return [.quit] }
            return writeOrQuit(&state, then: route == .quitNow ? .quitNow : .askFirst)
        }
        state.quitting = true
        if state.unsavedDrafts.isEmpty { return flushEffects(state) + [.quit] }
        return flushEffects(state) + [.afterFlush(route)]
    }

    /// The flushes have answered: whatever is still unsaved decides what comes next.
    static func afterFlush(_ state: inout AppState, _ route: ExitRoute) -> [Effect] {
        let nothingLeft = state.unsavedDrafts.isEmpty
        switch route {
        case .askFirst:
            if nothingLeft { return [.quit] }
            state.quitting = false
            state.overlay = .quitGuard(QuitGuardState())
            return []
        case .quitNow:
            return nothingLeft ? [.quit] : writeOrQuit(&state, then: .quitNow)
        case .suspend:
            return nothingLeft ? [.suspend] : writeOrQuit(&state, then: .suspend)
        }
    }

    static func writeOrQuit(_ state: inout AppState, then route: ExitRoute) -> [Effect] {
        let drafts = state.unsavedDrafts
        guard !drafts.isEmpty else { return route == .suspend ? [.suspend] : [.quit] }
        return [.writeRecovery(drafts, reason: state.unsavedReason, then: route)]
    }

    static func quitGuardKey(_ state: inout AppState, _ box: QuitGuardState, _ key: KeyEvent) -> [Effect] {
        if box.writtenPath != nil || state.unsavedDrafts.isEmpty {
            state.overlay = nil
            return [.quit]
        }
        if key == .char("w") || key == KeyEvent(.enter) || key == .ctrl("q") || key == .ctrl("c") {
            return writeOrQuit(&state, then: .askFirst)
        }
        if key == KeyEvent(.escape) {
            state.overlay = nil
            inform(&state, "Not quitting. Your text stays on screen; saving retries by itself.")
            return []
        }
        if key == .char("D") || key == KeyEvent(.character("D"), modifiers: .shift) {
            // The one way to drop unsaved text, and it takes a capital letter on purpose.
            state.overlay = nil
            return [.quit]
        }
        return []
    }

    static func recoveryWritten(_ state: inout AppState, path: String, then route: ExitRoute) -> [Effect] {
        state.recoveryPath = path
        switch route {
        case .askFirst:
            state.overlay = .quitGuard(QuitGuardState(writtenPath: path))
            return []
        case .quitNow:
            return [.quit]
        case .suspend:
            state.status = StatusMessage(
                "Unsaved text was also written to \(path) before suspending; saving still retries.", kind: .error)
            return [.suspend]
        }
    }

    static func recoveryFailed(_ state: inout AppState, message: String, then route: ExitRoute) -> [Effect] {
        switch route {
        case .askFirst:
            state.overlay = .quitGuard(QuitGuardState(writeError: message))
            return []
        case .quitNow:
            // Nothing more can be done for a process being ended.
            return [.quit]
        case .suspend:
            state.status = StatusMessage("Suspending with unsaved text: \(message)", kind: .error)
            return [.suspend]
        }
    }

    /// A hosted screen back from its flush takes the place of the copy on the stack.
    static func replaceComponent(_ state: inout AppState, with screen: any HostedScreen) {
        for i in state.stack.indices {
            if case let .component(current) = state.stack[i], current.id == screen.id { state.stack[i] = .component(screen) }
        }
    }
}
