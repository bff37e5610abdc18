import CasebookCore
import Foundation
import TerminalKit

extension SessionScreenState {
    /// Why the note on screen is not in the database, while any layer's save is failing.
    public var saveFault: StoreFault? { process.fault ?? record.fault }

    /// Texts typed here that the database does not hold: dirty note layers and an amendment
    /// being written. What a recovery file keeps when the interface ends with the store failing.
    public var unsavedDrafts: [RecoveryDraft] {
        let place = "\(clientCode) · session \(session.number) (\(SessionFormat.day(session.startedAt)))"
        var drafts: [RecoveryDraft] = []
        if !isSigned {
            for layer in NoteLayer.allCases where self[layer].isDirty {
                drafts.append(RecoveryDraft(title: "\(place) · \(layer.rawValue) note", text: self[layer].text))
            }
        }
        if case .amendment(let layer, let editor) = overlay,
           !editor.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            drafts.append(RecoveryDraft(title: "\(place) · amendment to the \(layer.rawValue) note", text: editor.text))
        }
        return drafts
    }
}

extension SessionScreen {
    /// The warning takes two rows above the note, and only while saving fails.
    static func faultRows(_ state: SessionScreenState) -> Int { state.saveFault == nil ? 0 : 2 }

    /// A warning that stays until a save succeeds: not saved, why, that the text is kept, and
    /// what to do. A status line that fades would let a clinician write on for an hour unaware.
    static func renderFault(_ state: SessionScreenState, in area: Rect, buffer: inout Buffer, theme: Theme) {
        guard let fault = state.saveFault, !area.isEmpty else { return }
        let alarm = theme.style(for: .error).patched(with: Style(modifiers: [.bold, .reverse]))
        let calm = theme.style(for: .background).patched(with: theme.style(for: .error))
        buffer.fill(area: area.row(0), cell: Cell(grapheme: " ", width: 1, style: alarm))
        let first = " \(fault.headline) Your text is kept here; keep writing."
        buffer.setString(x: area.x, y: area.y, Truncation.truncate(first, toWidth: area.width), style: alarm)
        guard area.height > 1 else { return }
        var second = " \(fault.advice)"
        let retry = [state.process.retryAt, state.record.retryAt].compactMap { $0 }.min()
        if let retry, fault.kind != .databaseGone {
            second += " Next try \(SessionFormat.time(max(retry, state.now))); Ctrl-S tries now."
        }
        second += " Ctrl-Q quits with a recovery file."
        buffer.setString(x: area.x, y: area.y + 1, Truncation.truncate(second, toWidth: area.width), style: calm)
    }
}
