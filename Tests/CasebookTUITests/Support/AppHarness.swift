import Foundation
import TerminalKit
@testable import CasebookTUI

/// Drives the interface without a terminal: keys in, effects run at once through `perform`
/// (the store, or nothing), the screen rendered at a size and read back as lines.
struct AppHarness {
    var state: AppState
    var theme: Theme = .builtinDefault
    /// Every effect update asked for, in order, including the terminal's own (suspend, quit).
    private(set) var effects: [Effect] = []
    var perform: (Effect) -> [AppEvent]

    static let utc = TimeZone(identifier: "UTC")!
    /// A fixed "now" so dates and the clock in snapshots never change: 2026-03-14 09:30 UTC.
    static let now = Date(timeIntervalSince1970: 1_773_480_600)

    init(size: Size = Size(width: 80, height: 24), now: Date = AppHarness.now,
         perform: @escaping (Effect) -> [AppEvent] = { _ in [] }) {
        state = AppState(size: size, now: now, timeZone: AppHarness.utc)
        self.perform = perform
    }

    mutating func send(_ event: AppEvent) {
        var queue = AppUpdate.update(&state, event)
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            effects.append(effect)
            for result in perform(effect) {
                queue += AppUpdate.update(&state, result)
            }
        }
    }

    /// Runs an effect as if update had asked for it (the first load at launch).
    mutating func run(_ effect: Effect) {
        effects.append(effect)
        for result in perform(effect) {
            var queue = AppUpdate.update(&state, result)
            while !queue.isEmpty {
                let next = queue.removeFirst()
                effects.append(next)
                for event in perform(next) { queue += AppUpdate.update(&state, event) }
            }
        }
    }

    /// Whether the last effect asked the runner to stop.
    var askedToQuit: Bool {
        if case .quit? = effects.last { return true }
        return false
    }

    var askedToSuspend: Bool {
        if case .suspend? = effects.last { return true }
        return false
    }

    mutating func key(_ key: KeyEvent) { send(.terminal(.key(key))) }
    mutating func key(_ key: Key) { send(.terminal(.key(KeyEvent(key)))) }

    /// Types each character as its own key press.
    mutating func type(_ text: String) {
        for ch in text { key(.char(String(ch))) }
    }

    /// Lets time pass in quarter-second ticks, as the run loop would.
    mutating func tick(seconds: TimeInterval) {
        var elapsed = 0.0
        while elapsed < seconds {
            elapsed += 0.25
            send(.tick(state.now.addingTimeInterval(0.25)))
        }
    }

    mutating func resize(_ width: Int, _ height: Int) { send(.terminal(.resize(Size(width: width, height: height)))) }

    /// The screen as the terminal would show it at the state's size.
    func render() -> (lines: [String], cursor: Position?, buffer: Buffer) {
        var buffer = Buffer(size: state.size)
        let cursor = RootView.render(state, theme: theme, into: &buffer)
        return (buffer.lines, cursor, buffer)
    }

    var lines: [String] { render().lines }
    var screen: String { lines.joined(separator: "\n") }
}
