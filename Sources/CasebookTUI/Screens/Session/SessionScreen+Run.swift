import CasebookCore
import Foundation

extension SessionScreen {
    /// Performs one effect against the store and answers with inputs for `update`. Failures
    /// come back as inputs too: nothing typed is dropped because a write failed.
    public static func run(_ effect: SessionScreenEffect, store: CaseStore, now: Date) -> [SessionScreenInput] {
        switch effect {
        case .save(let save):
            return [perform(save, store: store, now: now)]

        case .addObservation(let sessionID, let tagID, let intensity, let evidence):
            return changeObservations(sessionID: sessionID, store: store, done: "Observation added", failed: "Observation not added") {
                try store.addObservation(sessionID: sessionID, tagID: tagID, intensity: intensity, evidence: evidence)
            }

        case .updateObservation(let observation):
            return changeObservations(sessionID: observation.sessionID, store: store, done: "Observation saved", failed: "Observation not saved") {
                try store.updateObservation(observation)
            }

        case .removeObservation(let sessionID, let observationID):
            return changeObservations(sessionID: sessionID, store: store, done: "Observation removed", failed: "Observation not removed") {
                try store.removeObservation(observationID)
            }

        case .acceptUnknownSlug(let sessionID, let written):
            do {
                let (tag, sync) = try store.acceptUnknownSlug(written, sessionID: sessionID)
                let snapshot = ObservationSnapshot(
                    observations: try store.observations(sessionID: sessionID), unknown: sync.unknown,
                    ambiguous: sync.ambiguous, codebook: try store.tags(includeArchived: true).map(\.tag))
                return [.observationsChanged(snapshot, message: "#\(tag.slug) added as a \(tag.category.displayName.lowercased())")]
            } catch {
                return [.failed("Could not add #\(written): \(SessionFormat.describe(error))")]
            }

        case .sign(let sessionID, let pending):
            var inputs: [SessionScreenInput] = []
            for save in pending {
                let answer = perform(save, store: store, now: now)
                inputs.append(answer)
                if case .saveFailed = answer {
                    inputs.append(.failed("Not signed: the note could not be saved first"))
                    return inputs
                }
            }
            do {
                inputs.append(.signed(try store.sign(sessionID: sessionID)))
            } catch {
                inputs.append(.failed("Not signed: \(SessionFormat.describe(error))"))
            }
            return inputs

        case .amend(let sessionID, let layer, let text):
            do {
                return [.amended(try store.amend(sessionID: sessionID, layer: layer, text: text))]
            } catch {
                return [.failed("Amendment not saved (it is still open): \(SessionFormat.describe(error))")]
            }

        case .close:
            return []
        }
    }

    static func perform(_ save: NoteSave, store: CaseStore, now: Date) -> SessionScreenInput {
        do {
            let result = try store.saveNote(sessionID: save.sessionID, layer: save.layer, text: save.text, visit: save.visit)
            var snapshot: ObservationSnapshot?
            if save.layer == .process {
                snapshot = ObservationSnapshot(
                    observations: try store.observations(sessionID: save.sessionID), unknown: result.unknownSlugs,
                    ambiguous: result.ambiguousSlugs)
            }
            return .saved(layer: save.layer, revision: save.revision, at: now, snapshot: snapshot)
        } catch {
            var fault = StoreFault.classify(error, store: store)
            fault.detail = SessionFormat.describe(error)
            return .saveFailed(layer: save.layer, revision: save.revision, fault: fault)
        }
    }

    static func changeObservations(
        sessionID: Int64, store: CaseStore, done: String, failed: String, _ change: () throws -> Void
    ) -> [SessionScreenInput] {
        do {
            try change()
            let snapshot = ObservationSnapshot(observations: try store.observations(sessionID: sessionID))
            return [.observationsChanged(snapshot, message: done)]
        } catch {
            return [.failed("\(failed): \(SessionFormat.describe(error))")]
        }
    }
}
