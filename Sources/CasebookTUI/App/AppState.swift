import Foundation
import TerminalKit

/// The whole interface as a value. `AppUpdate.update` is the only thing that changes it;
/// views only read it.
public struct AppState: Sendable {
    public var size: Size
    /// The time as the last tick told it; update never reads the clock.
    public var now: Date
    public var timeZone: TimeZone
    public var clients = ClientsScreenState()
    /// Screens above the Clients list, last on top.
    public var stack: [ScreenEntry] = []
    public var overlay: Overlay?
    /// The neutral screen is up: nothing about any client is drawn.
    public var privacy = false
    /// Show client codes, never names (for rooms where the screen can be seen).
    public var codeOnly: Bool
    public var status: StatusMessage?
    /// The first `g` of `gg` was typed.
    public var pendingG = false
    /// Where the next opened session puts its cursor (a search hit, a timeline cell).
    public var pendingReveal: PendingReveal?
    /// Idle lock minutes, code-only and the passphrase hash, from the settings file.
    public var settings = Settings()
    /// When the last key or paste came, for the idle lock.
    public var idle: IdleTimer
    /// The lock screen is on top: nothing else gets keys or is drawn.
    public var isLocked: Bool {
        if case let .component(screen)? = stack.last { return screen.title == LockScreen.hostTitle }
        return false
    }
    /// Set once quitting has begun; the runner stops after the effects that follow.
    public var quitting = false
    /// The recovery file written in this run, if any: said again on stderr once the terminal is back.
    public var recoveryPath: String?

    public init(size: Size, now: Date, timeZone: TimeZone = .current, codeOnly: Bool = false) {
        self.size = size
        self.now = now
        self.timeZone = timeZone
        self.codeOnly = codeOnly
        self.idle = IdleTimer(now: now)
    }

    /// Below this the interface shows only a message asking for a bigger terminal.
    public static let minimumSize = Size(width: 60, height: 16)

    public var isTooSmall: Bool { size.width < Self.minimumSize.width || size.height < Self.minimumSize.height }

    /// The screen that receives keys (overlays aside).
    public var context: KeyContext {
        switch stack.last {
        case nil: return .clients
        case .client?: return .client
        case .form?: return .form
        case .session?: return .session
        case .component?: return .component
        }
    }

    /// Whether the focused widget takes text, so `:`, `?`, `q` and letters go to it.
    public var isEditingText: Bool {
        if case .palette? = overlay { return true }
        if overlay != nil { return false }
        switch stack.last {
        case nil: return clients.isFiltering
        case .client?: return false
        case .form?: return true
        case let .session(screen)?: return screen.isEditingText
        case let .component(screen)?: return screen.isEditingText
        }
    }

    /// The open session screen, if any (there is at most one).
    public var openSession: SessionScreenState? {
        for entry in stack { if case let .session(s) = entry { return s } }
        return nil
    }

    /// The client whose screen is on top, or the one selected in the list.
    public var currentClientID: Int64? {
        for entry in stack.reversed() {
            if case let .client(c) = entry { return c.clientID }
            if case let .session(s) = entry { return s.session.clientID }
        }
        return clients.selected?.id
    }
}
