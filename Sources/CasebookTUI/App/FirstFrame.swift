import CasebookCore
import Foundation
import TerminalKit

extension CasebookApp {
    /// The Clients screen's first frame, drawn into memory exactly as the run loop would draw it
    /// (same load effects, same view) but with no terminal: what `casebook bench` times from
    /// process start, and a way to look at the start screen from a script.
    public static func renderFirstFrame(
        store: CaseStore, theme: Theme, size: Size, codeOnly: Bool = false, settings: Settings = Settings()
    ) -> Buffer {
        var state = AppState(size: size, now: Date(), codeOnly: codeOnly)
        state.settings = settings
        let runner = EffectRunner(store: store)
        settle(&state, AppUpdate.update(&state, .tick(Date())) + [.loadClients(select: nil)], runner: runner)
        var buffer = Buffer(size: size)
        _ = RootView.render(state, theme: theme, into: &buffer)
        return buffer
    }

    /// Runs `effects` and every effect their events lead to, as the run loop does between two
    /// frames (terminal-only effects such as suspend and quit are skipped).
    public static func settle(_ state: inout AppState, _ effects: [Effect], runner: EffectRunner) {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            switch effect {
            case .suspend, .quit, .externalEdit: continue
            default:
                for event in runner.run(effect) { queue += AppUpdate.update(&state, event) }
            }
        }
    }
}
