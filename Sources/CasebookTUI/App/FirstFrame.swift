import CasebookCore
import Foundation
import TerminalKit

extension CasebookApp {
    /// The Clients screen's first frame, drawn into memory exactly as the run loop would draw it
    /// (same load effects, same view) but with no terminal: what `casebook bench` times from
    /// process start, and a way to look at the start screen from a script.
    public static func renderFirstFrame(store: CaseStore, theme: Theme, size: Size, codeOnly: Bool = false) -> Buffer {
        var state = AppState(size: size, now: Date(), codeOnly: codeOnly)
        let runner = EffectRunner(store: store)
        var queue: [Effect] = AppUpdate.update(&state, .tick(Date())) + [.loadClients(select: nil)]
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            switch effect {
            case .suspend, .quit: continue
            default:
                for event in runner.run(effect) { queue += AppUpdate.update(&state, event) }
            }
        }
        var buffer = Buffer(size: size)
        _ = RootView.render(state, theme: theme, into: &buffer)
        return buffer
    }
}
