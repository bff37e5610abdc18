import CasebookCore
import Foundation
import TerminalKit

/// A component screen on the shell's stack, its concrete type hidden behind one interface.
public protocol HostedScreen: Sendable {
    /// Tells answers for this screen from answers for another one that has since closed.
    var id: UUID { get }
    var title: String { get }
    var keyHints: [ScreenKeyHint] { get }
    var isEditingText: Bool { get }
    mutating func key(_ key: KeyEvent) -> [ComponentWork]
    mutating func paste(_ text: String) -> [ComponentWork]
    mutating func tick(_ now: Date) -> [ComponentWork]
    mutating func resized(_ size: Size) -> [ComponentWork]
    /// On top again after a session opened from it closed.
    mutating func uncovered() -> [ComponentWork]
    /// An answer to one of this screen's own effects.
    mutating func answer(_ input: any Sendable) -> [ComponentWork]
    mutating func takeRequest() -> ScreenRequest?
    mutating func takeSavedSettings() -> Settings?
    func render(in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position?
    func flushed(store: CaseStore, now: Date) -> Self
    /// Typed text the store does not hold yet, for a recovery file when the run ends.
    var unsavedDrafts: [RecoveryDraft] { get }
    /// Why typed text is not saved, while it is not: the shell keeps it on the status line.
    var saveProblem: String? { get }
}

/// Store work a hosted screen asked for, run by the effect runner; its answers go back to the
/// screen with the same id, if it is still open.
public struct ComponentWork: Sendable {
    public let screenID: UUID
    let perform: @Sendable (CaseStore, Date) -> [any Sendable]
}

struct Hosted<C: ScreenComponent>: HostedScreen where C.State: Sendable {
    let id = UUID()
    var state: C.State

    var title: String { C.hostTitle }
    var keyHints: [ScreenKeyHint] { C.hostHints(state) }
    var isEditingText: Bool { C.hostEditingText(state) }
    var unsavedDrafts: [RecoveryDraft] { C.hostUnsavedDrafts(state) }
    var saveProblem: String? { C.hostSaveProblem(state) }

    mutating func key(_ key: KeyEvent) -> [ComponentWork] { send(C.input(key: key)) }
    mutating func paste(_ text: String) -> [ComponentWork] { send(C.input(paste: text)) }
    mutating func tick(_ now: Date) -> [ComponentWork] { send(C.input(tick: now)) }
    mutating func resized(_ size: Size) -> [ComponentWork] { C.input(resized: size).map { send($0) } ?? [] }
    mutating func uncovered() -> [ComponentWork] { C.inputWhenUncovered().map { send($0) } ?? [] }

    mutating func answer(_ input: any Sendable) -> [ComponentWork] {
        guard let input = input as? C.Input else { return [] }
        return send(input)
    }

    mutating func takeRequest() -> ScreenRequest? { C.takeRequest(&state) }
    mutating func takeSavedSettings() -> Settings? { C.takeSavedSettings(&state) }

    func render(in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        C.hostRender(state, in: area, buffer: &buffer, theme: theme, codeOnly: codeOnly)
    }

    func flushed(store: CaseStore, now: Date) -> Hosted<C> {
        var copy = self
        C.hostFlush(&copy.state, store: store, now: now)
        return copy
    }

    private mutating func send(_ input: C.Input) -> [ComponentWork] {
        let id = self.id
        return C.hostUpdate(&state, input).map { work in
            ComponentWork(screenID: id) { store, now in C.hostRun(work, store: store, now: now).map { $0 as any Sendable } }
        }
    }
}
