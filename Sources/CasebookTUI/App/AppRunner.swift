import Foundation
import TerminalKit

/// The one run loop: terminal events in, update, effects, one frame out.
///
/// Reads with a 100 ms timeout and ticks at least every 250 ms, so the clock, autosave and
/// message expiry move without input. Effects run in order; `.suspend` and `.quit` are the
/// terminal's, the rest go to `perform` (the store) and their results are fed back in.
public final class AppRunner {
    public typealias EffectHandler = (Effect) -> [AppEvent]

    public private(set) var state: AppState
    private let terminal: NcursesTerminal
    private let theme: Theme
    private let perform: EffectHandler
    private let clock: () -> Date
    private var stopped = false
    private var buffer = Buffer(size: Size(width: 0, height: 0))
    private var pause = InputPause(delay: AppRunner.pauseDelay)
    /// Called, at most once per `pauseDelay`, while no key has come for `pauseDelay`: where
    /// work that must not slow typing (making autosaves durable) is done.
    public var onPause: (() -> Void)?

    static let readTimeout: Duration = .milliseconds(100)
    static let tickInterval: TimeInterval = 0.25
    static let pauseDelay: TimeInterval = 1

    public init(terminal: NcursesTerminal, state: AppState, theme: Theme, clock: @escaping () -> Date = Date.init,
                perform: @escaping EffectHandler) {
        self.terminal = terminal
        self.state = state
        self.theme = theme
        self.clock = clock
        self.perform = perform
    }

    /// Runs until the user quits or a signal asks the app to end; `initial` effects (the first
    /// load) run before the first frame.
    public func run(initial: [Effect]) {
        state.size = terminal.size
        var lastTick = clock()
        dispatch(.tick(lastTick))
        run(initial)
        draw()
        while !stopped {
            let events = terminal.readEvents(timeout: Self.readTimeout)
            var changed = !events.isEmpty
            for event in events {
                if case .resumed = event { terminal.invalidate() }
                dispatch(.terminal(event))
                if stopped { break }
            }
            let now = clock()
            if !events.isEmpty { pause.input(at: now) }
            if pause.isPaused(at: now) { onPause?() }
            if now.timeIntervalSince(lastTick) >= Self.tickInterval || now < lastTick {
                lastTick = now
                dispatch(.tick(now))
                changed = true
            }
            // Nothing happened, nothing to draw; the tick keeps the clock and save state fresh.
            if !stopped && changed { draw() }
        }
    }

    private func dispatch(_ event: AppEvent) {
        run(AppUpdate.update(&state, event))
    }

    private func run(_ effects: [Effect]) {
        var queue = effects
        while !queue.isEmpty, !stopped {
            let effect = queue.removeFirst()
            switch effect {
            case .suspend:
                terminal.suspend()
                queue += AppUpdate.update(&state, .terminal(.resize(terminal.size)))
            case .quit:
                stopped = true
            case let .externalEdit(sessionID, layer, text):
                let result: ExternalEditResult
                do {
                    result = try ExternalEditor.edit(text: text, runner: { [terminal] argv in terminal.runChild(argv) })
                } catch {
                    result = .failed(status: -1, message: "\(error)")
                }
                terminal.invalidate()
                queue += AppUpdate.update(&state, .terminal(.resize(terminal.size)))
                queue += AppUpdate.update(&state, .externalEditDone(sessionID: sessionID, layer: layer, result))
            default:
                for event in perform(effect) {
                    queue += AppUpdate.update(&state, event)
                }
            }
        }
    }

    private func draw() {
        let size = terminal.size
        if buffer.area.width != size.width || buffer.area.height != size.height {
            buffer = Buffer(size: size)
            if state.size != size { dispatch(.terminal(.resize(size))) }
        }
        buffer.reset()
        let cursor = RootView.render(state, theme: theme, into: &buffer)
        terminal.draw(buffer, cursor: cursor)
    }
}
