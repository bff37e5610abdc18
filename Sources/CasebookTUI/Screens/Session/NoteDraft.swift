import CasebookCore
import Foundation
import TerminalKit

/// One note layer being edited, with what autosave needs to know about it. The editor keeps
/// its own revision counter; the draft remembers which revision the store holds.
public struct NoteDraft: Sendable {
    public var editor: TextEditorState
    /// The editor revision the store is known to hold.
    public var savedRevision: Int
    /// The revision of a save sent and not yet answered; nil when none is out.
    public var inFlightRevision: Int?
    public var inFlightSince: Date?
    public var lastEditAt: Date?
    /// The first edit not yet sent to the store: bounds how long continuous typing stays unsaved.
    public var dirtySince: Date?
    public var lastSaveAt: Date?
    /// Why the last save failed; the text stays here and the next tick retries.
    public var saveError: String?

    public init(text: String) {
        editor = TextEditorState(text: text)
        savedRevision = editor.revision
    }

    public var isDirty: Bool { editor.revision != savedRevision }
    public var text: String { editor.text }

    /// Notes that an edit happened at `now` (the time of the last tick: never later than the keystroke).
    mutating func noteEdit(at now: Date) {
        lastEditAt = now
        if dirtySince == nil { dirtySince = now }
    }

    /// Records that a save of the current revision was sent.
    mutating func noteSaveSent(at now: Date) {
        inFlightRevision = editor.revision
        inFlightSince = now
        dirtySince = nil
    }

    mutating func noteSaved(revision: Int, at date: Date) {
        savedRevision = max(savedRevision, revision)
        if let inFlight = inFlightRevision, inFlight <= revision { inFlightRevision = nil; inFlightSince = nil }
        lastSaveAt = date
        saveError = nil
        if isDirty, dirtySince == nil { dirtySince = date }
    }

    mutating func noteSaveFailed(revision: Int, message: String) {
        if let inFlight = inFlightRevision, inFlight <= revision { inFlightRevision = nil; inFlightSince = nil }
        saveError = message
    }
}
