import TerminalKit

/// A list move asked for by a key.
enum ListMove: Equatable {
    case by(Int)
    case first
    case last
}

/// The vim and arrow keys of the casework lists. `gg` needs two presses, so the pending `g`
/// lives in the caller's state.
enum CaseworkListKeys {
    static let halfPage = 10

    static func move(for event: KeyEvent, pendingG: inout Bool) -> ListMove? {
        let mods = event.modifiers
        let wasG = pendingG
        pendingG = false
        switch event.key {
        case .character("j") where mods.isEmpty, .down: return .by(1)
        case .character("k") where mods.isEmpty, .up: return .by(-1)
        case .character("d") where mods == .ctrl, .pageDown: return .by(halfPage)
        case .character("u") where mods == .ctrl, .pageUp: return .by(-halfPage)
        case .character("G") where mods.isEmpty || mods == .shift, .end: return .last
        case .home: return .first
        case .character("g") where mods.isEmpty:
            if wasG { return .first }
            pendingG = true
            return nil
        default: return nil
        }
    }

    /// The index after a move over `count` items, clamped; nil when there are none.
    static func apply(_ move: ListMove, to index: Int?, count: Int) -> Int? {
        guard count > 0 else { return nil }
        switch move {
        case .first: return 0
        case .last: return count - 1
        case .by(let delta): return max(0, min(count - 1, (index ?? 0) + delta))
        }
    }

    static func isClose(_ event: KeyEvent) -> Bool {
        event.modifiers.isEmpty && (event.key == .escape || event.key == .character("q"))
    }
}
