import CasebookCore
import Foundation

extension EffectRunner {
    /// Writes the drafts beside the database (or the next folder that takes them); the answer
    /// names the file or says why none could be written. Never logs the text.
    func writeRecovery(_ drafts: [RecoveryDraft], reason: String, then route: ExitRoute) -> [AppEvent] {
        do {
            let url = try RecoveryFile.write(drafts, reason: reason, databaseURL: store.url, now: clock())
            return [.recoveryWritten(path: url.path, then: route)]
        } catch {
            return [.recoveryFailed(message: Self.message(for: error), then: route)]
        }
    }
}
