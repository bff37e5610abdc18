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
    /// The most rows the warning takes; at very narrow widths its lines are cut instead.
    static let maximumFaultRows = 4

    /// Rows the warning takes above the note at this width: none while saves succeed.
    static func faultRows(_ state: SessionScreenState, width: Int) -> Int {
        guard let (alarm, advice) = faultText(state) else { return 0 }
        let wrap = max(1, width - 2)
        let rows = WordWrap.lines(of: alarm, width: wrap).count + WordWrap.lines(of: advice, width: wrap).count
        return min(maximumFaultRows, rows)
    }

    /// What happened and that the text is kept; then what to do. The retry time is always
    /// written the same width, so the row count (and the note's layout) does not change with it.
    static func faultText(_ state: SessionScreenState) -> (alarm: String, advice: String)? {
        guard let fault = state.saveFault else { return nil }
        var advice = fault.advice
        if fault.kind != .databaseGone {
            let retry = [state.process.retryAt, state.record.retryAt].compactMap { $0 }.min() ?? state.now
            advice += " Next try \(SessionFormat.time(max(retry, state.now))); Ctrl-S tries now."
        }
        advice += " Ctrl-Q quits with a recovery file."
        return ("\(fault.headline) Your text is kept here; keep writing.", advice)
    }

    /// A warning that stays until a save succeeds: not saved, why, that the text is kept, and
    /// what to do. A status line that fades would let a clinician write on for an hour unaware.
    static func renderFault(_ state: SessionScreenState, in area: Rect, buffer: inout Buffer, theme: Theme) {
        guard let (alarm, advice) = faultText(state), !area.isEmpty else { return }
        let alarmStyle = theme.style(for: .error).patched(with: Style(modifiers: [.bold, .reverse]))
        let adviceStyle = theme.style(for: .background).patched(with: theme.style(for: .error))
        let wrap = max(1, area.width - 2)
        var rows: [(String, Style)] = []
        for line in WordWrap.lines(of: alarm, width: wrap) { rows.append((String(alarm[line.range]), alarmStyle)) }
        for line in WordWrap.lines(of: advice, width: wrap) { rows.append((String(advice[line.range]), adviceStyle)) }
        for (offset, row) in rows.prefix(area.height).enumerated() {
            let y = area.y + offset
            buffer.fill(area: area.row(offset), cell: Cell(grapheme: " ", width: 1, style: row.1))
            buffer.setString(x: area.x + 1, y: y, Truncation.truncate(row.0, toWidth: wrap), style: row.1)
        }
    }
}
