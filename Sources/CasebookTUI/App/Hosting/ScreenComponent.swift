import CasebookCore
import Foundation
import TerminalKit

/// A self-contained screen (Timeline, Search, Codebook, …) as the shell drives it. Each screen
/// keeps its own state, input and effect types; this protocol is the one shape the shell knows.
protocol ScreenComponent: SendableMetatype {
    associatedtype State: Sendable
    associatedtype Input: Sendable
    associatedtype Work: Sendable

    static var hostTitle: String { get }
    static func hostUpdate(_ state: inout State, _ input: Input) -> [Work]
    static func hostRun(_ work: Work, store: CaseStore, now: Date) -> [Input]
    static func hostRender(_ state: State, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position?
    static func hostHints(_ state: State) -> [ScreenKeyHint]
    static func hostEditingText(_ state: State) -> Bool
    static func takeRequest(_ state: inout State) -> ScreenRequest?
    static func input(key: KeyEvent) -> Input
    static func input(paste: String) -> Input
    static func input(tick: Date) -> Input
    /// The size of the screen's area, for screens that page by it; nil when it does not care.
    static func input(resized: Size) -> Input?
    /// What the screen gets when a session opened from it closes: that session may have
    /// written what the screen shows. Nil when it shows nothing a session could change.
    static func inputWhenUncovered() -> Input?
    /// Saves what is typed but not yet saved (quit, suspend, signal).
    static func hostFlush(_ state: inout State, store: CaseStore, now: Date)
    /// Settings the screen has just saved, for the shell to apply at once.
    static func takeSavedSettings(_ state: inout State) -> Settings?
    /// Typed text not yet saved (what a flush would save), for a recovery file.
    static func hostUnsavedDrafts(_ state: State) -> [RecoveryDraft]
    /// Why its typed text is not saved, while a save keeps failing.
    static func hostSaveProblem(_ state: State) -> String?
}

extension ScreenComponent {
    static func input(resized: Size) -> Input? { nil }
    static func inputWhenUncovered() -> Input? { nil }
    static func hostFlush(_ state: inout State, store: CaseStore, now: Date) {}
    static func takeSavedSettings(_ state: inout State) -> Settings? { nil }
    static func hostUnsavedDrafts(_ state: State) -> [RecoveryDraft] { [] }
    static func hostSaveProblem(_ state: State) -> String? { nil }
}

/// Screens whose state carries `request` as the component contract says.
protocol RequestCarrying {
    var request: ScreenRequest? { get set }
}

extension ScreenComponent where State: RequestCarrying {
    static func takeRequest(_ state: inout State) -> ScreenRequest? {
        defer { state.request = nil }
        return state.request
    }
}
