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
    /// Why the last save failed; the text stays here and autosave retries (see `retryAt`).
    public var saveError: String?
    /// The failure sorted into what the clinician can act on; nil while saves succeed.
    public var fault: StoreFault?
    /// Failed saves in a row, for the backoff.
    public var failedAttempts = 0
    /// When autosave tries again after a failure.
    public var retryAt: Date?

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
        fault = nil
        failedAttempts = 0
        retryAt = nil
        if isDirty, dirtySince == nil { dirtySince = date }
    }

    mutating func noteSaveFailed(revision: Int, fault: StoreFault, at now: Date) {
        if let inFlight = inFlightRevision, inFlight <= revision { inFlightRevision = nil; inFlightSince = nil }
        saveError = fault.detail
        self.fault = fault
        failedAttempts += 1
        retryAt = now.addingTimeInterval(AutosavePolicy.retryDelay(afterFailures: failedAttempts))
    }
}
