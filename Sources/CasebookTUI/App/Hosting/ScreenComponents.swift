import CasebookCore
import Foundation
import TerminalKit

// How each screen meets `ScreenComponent`: mostly its own functions under the host's names.

extension TimelineState: RequestCarrying {}
extension TimelineScreen: ScreenComponent {
    static let hostTitle = "Timeline"
    static func hostUpdate(_ s: inout TimelineState, _ i: TimelineInput) -> [TimelineEffect] { update(&s, i) }
    static func hostRun(_ w: TimelineEffect, store: CaseStore, now: Date) -> [TimelineInput] { run(w, store: store, now: now) }
    static func hostRender(_ s: TimelineState, in a: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        render(s, in: a, buffer: &buffer, theme: theme, codeOnly: codeOnly)
    }
    static func hostHints(_ s: TimelineState) -> [ScreenKeyHint] { keyHints(s) }
    static func hostEditingText(_ s: TimelineState) -> Bool { isEditingText(s) }
    static func input(key: KeyEvent) -> TimelineInput { .key(key) }
    static func input(paste: String) -> TimelineInput { .paste(paste) }
    static func input(tick: Date) -> TimelineInput { .tick(tick) }
    static func input(resized: Size) -> TimelineInput? { .resized(resized) }
    static func inputWhenUncovered() -> TimelineInput? { .uncovered }
}

extension PatternsState: RequestCarrying {}
extension PatternsScreen: ScreenComponent {
    static let hostTitle = "Patterns"
    static func hostUpdate(_ s: inout PatternsState, _ i: PatternsInput) -> [PatternsEffect] { update(&s, i) }
    static func hostRun(_ w: PatternsEffect, store: CaseStore, now: Date) -> [PatternsInput] { run(w, store: store, now: now) }
    static func hostRender(_ s: PatternsState, in a: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        render(s, in: a, buffer: &buffer, theme: theme, codeOnly: codeOnly)
    }
    static func hostHints(_ s: PatternsState) -> [ScreenKeyHint] { keyHints(s) }
    static func hostEditingText(_ s: PatternsState) -> Bool { isEditingText(s) }
    static func input(key: KeyEvent) -> PatternsInput { .key(key) }
    static func input(paste: String) -> PatternsInput { .paste(paste) }
    static func input(tick: Date) -> PatternsInput { .tick(tick) }
    static func input(resized: Size) -> PatternsInput? { .resized(resized) }
}

extension CaseloadState: RequestCarrying {}
extension CaseloadScreen: ScreenComponent {
    static let hostTitle = "Caseload themes"
    static func hostUpdate(_ s: inout CaseloadState, _ i: CaseloadInput) -> [CaseloadEffect] { update(&s, i) }
    static func hostRun(_ w: CaseloadEffect, store: CaseStore, now: Date) -> [CaseloadInput] { run(w, store: store, now: now) }
    static func hostRender(_ s: CaseloadState, in a: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        render(s, in: a, buffer: &buffer, theme: theme, codeOnly: codeOnly)
    }
    static func hostHints(_ s: CaseloadState) -> [ScreenKeyHint] { keyHints(s) }
    static func hostEditingText(_ s: CaseloadState) -> Bool { isEditingText(s) }
    static func input(key: KeyEvent) -> CaseloadInput { .key(key) }
    static func input(paste: String) -> CaseloadInput { .paste(paste) }
    static func input(tick: Date) -> CaseloadInput { .tick(tick) }
}

extension SearchState: RequestCarrying {}
extension SearchScreen: ScreenComponent {
    static let hostTitle = "Search"
    static func hostUpdate(_ s: inout SearchState, _ i: SearchInput) -> [SearchEffect] { update(&s, i) }
    static func hostRun(_ w: SearchEffect, store: CaseStore, now: Date) -> [SearchInput] { run(w, store: store, now: now) }
    static func hostRender(_ s: SearchState, in a: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        render(s, in: a, buffer: &buffer, theme: theme, codeOnly: codeOnly)
    }
    static func hostHints(_ s: SearchState) -> [ScreenKeyHint] { keyHints(s) }
    static func hostEditingText(_ s: SearchState) -> Bool { isEditingText(s) }
    static func input(key: KeyEvent) -> SearchInput { .key(key) }
    static func input(paste: String) -> SearchInput { .paste(paste) }
    static func input(tick: Date) -> SearchInput { .tick(tick) }
}

extension CodebookState: RequestCarrying {}
extension CodebookScreen: ScreenComponent {
    static let hostTitle = "Codebook"
    static func hostUpdate(_ s: inout CodebookState, _ i: CodebookInput) -> [CodebookEffect] { update(&s, i) }
    static func hostRun(_ w: CodebookEffect, store: CaseStore, now: Date) -> [CodebookInput] { run(w, store: store, now: now) }
    static func hostRender(_ s: CodebookState, in a: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        render(s, in: a, buffer: &buffer, theme: theme, codeOnly: codeOnly)
    }
    static func hostHints(_ s: CodebookState) -> [ScreenKeyHint] { keyHints(s) }
    static func hostEditingText(_ s: CodebookState) -> Bool { isEditingText(s) }
    static func input(key: KeyEvent) -> CodebookInput { .key(key) }
    static func input(paste: String) -> CodebookInput { .paste(paste) }
    static func input(tick: Date) -> CodebookInput { .tick(tick) }
}

extension FormulationState: RequestCarrying {}
extension FormulationScreen: ScreenComponent {
    static let hostTitle = "Formulation"
    static func hostUpdate(_ s: inout FormulationState, _ i: FormulationInput) -> [FormulationEffect] { update(&s, i) }
    static func hostRun(_ w: FormulationEffect, store: CaseStore, now: Date) -> [FormulationInput] { run(w, store: store, now: now) }
    static func hostRender(_ s: FormulationState, in a: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        render(s, in: a, buffer: &buffer, theme: theme, codeOnly: codeOnly)
    }
    static func hostHints(_ s: FormulationState) -> [ScreenKeyHint] { keyHints(s) }
    static func hostEditingText(_ s: FormulationState) -> Bool { isEditingText(s) }
    static func input(key: KeyEvent) -> FormulationInput { .key(key) }
    static func input(paste: String) -> FormulationInput { .paste(paste) }
    static func input(tick: Date) -> FormulationInput { .tick(tick) }
    static func input(resized: Size) -> FormulationInput? { .resized(resized) }
    static func hostFlush(_ s: inout FormulationState, store: CaseStore, now: Date) { flush(&s, store: store, now: now) }
    static func hostUnsavedDrafts(_ s: FormulationState) -> [RecoveryDraft] { unsavedDrafts(s) }
    static func hostSaveProblem(_ s: FormulationState) -> String? { s.saveError.flatMap { s.hasUnsavedChanges ? $0 : nil } }
}

extension EpisodesState: RequestCarrying {}
extension EpisodesScreen: ScreenComponent {
    static let hostTitle = "Episodes"
    static func hostUpdate(_ s: inout EpisodesState, _ i: EpisodesInput) -> [EpisodesEffect] { update(&s, i) }
    static func hostRun(_ w: EpisodesEffect, store: CaseStore, now: Date) -> [EpisodesInput] { run(w, store: store, now: now) }
    static func hostRender(_ s: EpisodesState, in a: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        render(s, in: a, buffer: &buffer, theme: theme, codeOnly: codeOnly)
    }
    static func hostHints(_ s: EpisodesState) -> [ScreenKeyHint] { keyHints(s) }
    static func hostEditingText(_ s: EpisodesState) -> Bool { isEditingText(s) }
    static func input(key: KeyEvent) -> EpisodesInput { .key(key) }
    static func input(paste: String) -> EpisodesInput { .paste(paste) }
    static func input(tick: Date) -> EpisodesInput { .tick(tick) }
    static func hostFlush(_ s: inout EpisodesState, store: CaseStore, now: Date) { flush(&s, store: store, now: now) }
    static func hostUnsavedDrafts(_ s: EpisodesState) -> [RecoveryDraft] { unsavedDrafts(s) }
}

extension MeasuresState: RequestCarrying {}
extension MeasuresScreen: ScreenComponent {
    static let hostTitle = "Measures"
    static func hostUpdate(_ s: inout MeasuresState, _ i: MeasuresInput) -> [MeasuresEffect] { update(&s, i) }
    static func hostRun(_ w: MeasuresEffect, store: CaseStore, now: Date) -> [MeasuresInput] { run(w, store: store, now: now) }
    static func hostRender(_ s: MeasuresState, in a: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        render(s, in: a, buffer: &buffer, theme: theme, codeOnly: codeOnly)
    }
    static func hostHints(_ s: MeasuresState) -> [ScreenKeyHint] { keyHints(s) }
    static func hostEditingText(_ s: MeasuresState) -> Bool { isEditingText(s) }
    static func input(key: KeyEvent) -> MeasuresInput { .key(key) }
    static func input(paste: String) -> MeasuresInput { .paste(paste) }
    static func input(tick: Date) -> MeasuresInput { .tick(tick) }
}

extension FiguresState: RequestCarrying {}
extension FiguresScreen: ScreenComponent {
    static let hostTitle = "Figures"
    static func hostUpdate(_ s: inout FiguresState, _ i: FiguresInput) -> [FiguresEffect] { update(&s, i) }
    static func hostRun(_ w: FiguresEffect, store: CaseStore, now: Date) -> [FiguresInput] { run(w, store: store, now: now) }
    static func hostRender(_ s: FiguresState, in a: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        render(s, in: a, buffer: &buffer, theme: theme, codeOnly: codeOnly)
    }
    static func hostHints(_ s: FiguresState) -> [ScreenKeyHint] { keyHints(s) }
    static func hostEditingText(_ s: FiguresState) -> Bool { isEditingText(s) }
    static func input(key: KeyEvent) -> FiguresInput { .key(key) }
    static func input(paste: String) -> FiguresInput { .paste(paste) }
    static func input(tick: Date) -> FiguresInput { .tick(tick) }
}

extension DreamsState: RequestCarrying {}
extension DreamsScreen: ScreenComponent {
    static let hostTitle = "Dreams and memories"
    static func hostUpdate(_ s: inout DreamsState, _ i: DreamsInput) -> [DreamsEffect] { update(&s, i) }
    static func hostRun(_ w: DreamsEffect, store: CaseStore, now: Date) -> [DreamsInput] { run(w, store: store, now: now) }
    static func hostRender(_ s: DreamsState, in a: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        render(s, in: a, buffer: &buffer, theme: theme, codeOnly: codeOnly)
    }
    static func hostHints(_ s: DreamsState) -> [ScreenKeyHint] { keyHints(s) }
    static func hostEditingText(_ s: DreamsState) -> Bool { isEditingText(s) }
    static func input(key: KeyEvent) -> DreamsInput { .key(key) }
    static func input(paste: String) -> DreamsInput { .paste(paste) }
    static func input(tick: Date) -> DreamsInput { .tick(tick) }
}

extension SupervisionState: RequestCarrying {}
extension SupervisionScreen: ScreenComponent {
    static let hostTitle = "Supervision"
    static func hostUpdate(_ s: inout SupervisionState, _ i: SupervisionInput) -> [SupervisionEffect] { update(&s, i) }
    static func hostRun(_ w: SupervisionEffect, store: CaseStore, now: Date) -> [SupervisionInput] { run(w, store: store, now: now) }
    static func hostRender(_ s: SupervisionState, in a: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        render(s, in: a, buffer: &buffer, theme: theme, codeOnly: codeOnly)
    }
    static func hostHints(_ s: SupervisionState) -> [ScreenKeyHint] { keyHints(s) }
    static func hostEditingText(_ s: SupervisionState) -> Bool { isEditingText(s) }
    static func input(key: KeyEvent) -> SupervisionInput { .key(key) }
    static func input(paste: String) -> SupervisionInput { .paste(paste) }
    static func input(tick: Date) -> SupervisionInput { .tick(tick) }
    static func input(resized: Size) -> SupervisionInput? { .resized(resized) }
    static func hostFlush(_ s: inout SupervisionState, store: CaseStore, now: Date) { flush(&s, store: store, now: now) }
    static func hostUnsavedDrafts(_ s: SupervisionState) -> [RecoveryDraft] { unsavedDrafts(s) }
    static func hostSaveProblem(_ s: SupervisionState) -> String? { s.saveError.flatMap { s.hasUnsavedQuestions ? $0 : nil } }
}

extension LockState: RequestCarrying {}
extension LockScreen: ScreenComponent {
    static let hostTitle = "Locked"
    static func hostUpdate(_ s: inout LockState, _ i: LockInput) -> [LockEffect] { update(&s, i) }
    static func hostRun(_ w: LockEffect, store: CaseStore, now: Date) -> [LockInput] { run(w, store: store as CaseStore?, now: now) }
    static func hostRender(_ s: LockState, in a: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        render(s, in: a, buffer: &buffer, theme: theme, codeOnly: codeOnly)
    }
    static func hostHints(_ s: LockState) -> [ScreenKeyHint] { keyHints(s) }
    static func hostEditingText(_ s: LockState) -> Bool { isEditingText(s) }
    static func input(key: KeyEvent) -> LockInput { .key(key) }
    static func input(paste: String) -> LockInput { .paste(paste) }
    static func input(tick: Date) -> LockInput { .tick(tick) }
}

extension SettingsState: RequestCarrying {}
extension SettingsScreen: ScreenComponent {
    static let hostTitle = "Settings"
    static func hostUpdate(_ s: inout SettingsState, _ i: SettingsInput) -> [SettingsEffect] { update(&s, i) }
    static func hostRun(_ w: SettingsEffect, store: CaseStore, now: Date) -> [SettingsInput] {
        run(w, store: store as CaseStore?, now: now)
    }
    static func hostRender(_ s: SettingsState, in a: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        render(s, in: a, buffer: &buffer, theme: theme, codeOnly: codeOnly)
    }
    static func hostHints(_ s: SettingsState) -> [ScreenKeyHint] { keyHints(s) }
    static func hostEditingText(_ s: SettingsState) -> Bool { isEditingText(s) }
    static func input(key: KeyEvent) -> SettingsInput { .key(key) }
    static func input(paste: String) -> SettingsInput { .paste(paste) }
    static func input(tick: Date) -> SettingsInput { .tick(tick) }
    static func takeSavedSettings(_ s: inout SettingsState) -> Settings? {
        defer { s.lastSaved = nil }
        return s.lastSaved
    }
}
