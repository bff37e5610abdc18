import CasebookCore
import Foundation
import TerminalKit

/// Everything the session screen shows and edits, as a value: the two note drafts, the
/// observations, focus, overlays and autosave bookkeeping. Changed only by `SessionScreen.update`.
public struct SessionScreenState: Sendable {
    public var session: Session
    public var clientCode: String
    public var clientName: String
    /// The clock of the last tick (update has no clock of its own).
    public var now: Date
    public var clock: SessionClock
    /// One editing visit per opening of the screen: the store keeps one revision per visit.
    public let visit: EditingVisit

    public var layer: NoteLayer = .process
    public var process: NoteDraft
    public var record: NoteDraft
    public var focus: SessionFocus = .editor
    public var overlay: SessionOverlay?

    public var observations: [ObservationDetail]
    public var unknownTags: [UnresolvedInlineTag]
    public var ambiguousTags: [UnresolvedInlineTag]
    public var amendments: [NoteAmendment]
    public var codebook: CodebookIndex
    public var previous: PreviousSessionSummary?
    /// Selected row of the observations pane.
    public var paneSelection = 0

    public var marks: InlineTagMarks
    /// The `#` completion popup, open while a tag is being typed.
    public var completion: FuzzyPickerState?
    /// The category typed before a slash (`#defense/hu`), which narrows the popup to its codes.
    public var completionScope: TagCategory?
    /// Esc closed the popup for the tag being typed; it stays closed until that word ends.
    public var completionDismissed = false

    /// A one-off message for the status line (cleared by the next key).
    public var message: String?
    /// Close was asked while drafts were unsaved: closes once the saves are answered.
    public var closeRequested = false
    public var closed = false
    /// Size of the area render draws into, from `.resized`.
    public var viewSize: Size?

    public init(session: Session, clientCode: String, clientName: String, now: Date,
                observations: [ObservationDetail] = [], unknownTags: [UnresolvedInlineTag] = [],
                ambiguousTags: [UnresolvedInlineTag] = [], amendments: [NoteAmendment] = [],
                codebook: [Tag] = [], previous: PreviousSessionSummary? = nil, visit: EditingVisit = EditingVisit()) {
        self.session = session
        self.clientCode = clientCode
        self.clientName = clientName
        self.now = now
        self.clock = SessionClock.forSession(startedAt: session.startedAt, plannedMinutes: session.durationMinutes, openedAt: now)
        self.visit = visit
        self.process = NoteDraft(text: session.processNote)
        self.record = NoteDraft(text: session.recordNote)
        // A note reopened is usually continued: the cursor waits at its end.
        process.editor.moveToDocumentEnd()
        record.editor.moveToDocumentEnd()
        self.observations = observations
        self.unknownTags = unknownTags
        self.ambiguousTags = ambiguousTags
        self.amendments = amendments
        self.codebook = CodebookIndex(tags: codebook)
        self.previous = previous
        self.marks = InlineTagMarks(text: session.processNote, revision: process.editor.revision)
        if session.isSigned { focus = .commands }
    }

    public var isSigned: Bool { session.isSigned }

    /// The draft of the layer on screen.
    /// Read-only on purpose: writing a draft back through a computed property would copy every
    /// line of a long note; updates go through `SessionScreen.mutateDraft`.
    public var draft: NoteDraft { layer == .process ? process : record }

    public subscript(layer: NoteLayer) -> NoteDraft { layer == .process ? process : record }

    /// True when keys are text (the note, a query, a field), so the shell must not take `:`,
    /// `?`, `q` or `j` as commands.
    public var isEditingText: Bool {
        switch overlay {
        case .pickTag, .enterEvidence, .editObservation, .amendment: return true
        case .previousSession, .confirmSign, .confirmRemove, .pickIntensity: return false
        case nil: return focus == .editor && !isSigned
        }
    }

    public var hasUnsavedText: Bool { process.isDirty || record.isDirty }

    /// The rows of the observations pane: observations (inline in note order, then manual),
    /// then unknown and ambiguous `#slugs`, each spelling once.
    public var paneRows: [ObservationRow] { (0..<paneRowCount).map(paneRow) }

    public var paneRowCount: Int { observations.count + unresolvedRows.count }

    /// One pane row, without building the others (a long note has hundreds).
    public func paneRow(_ index: Int) -> ObservationRow {
        index < observations.count ? .observation(observations[index]) : unresolvedRows[index - observations.count]
    }

    private var unresolvedRows: [ObservationRow] {
        guard !unknownTags.isEmpty || !ambiguousTags.isEmpty else { return [] }
        var rows: [ObservationRow] = []
        var seen = Set<String>()
        // An autosave in the middle of `#humo…` saw `#hum`: not worth offering while still typed.
        let typing = focus == .editor && layer == .process ? process.editor.currentWordPrefix()?.lowercased() : nil
        for tag in unknownTags where seen.insert(tag.written.lowercased()).inserted {
            if let typing, typing.hasPrefix(tag.written.lowercased()) { continue }
            rows.append(.unknown(tag))
        }
        for tag in ambiguousTags where seen.insert(tag.written.lowercased()).inserted { rows.append(.ambiguous(tag)) }
        return rows
    }

    public var selectedRow: ObservationRow? {
        paneSelection >= 0 && paneSelection < paneRowCount ? paneRow(paneSelection) : nil
    }
}
