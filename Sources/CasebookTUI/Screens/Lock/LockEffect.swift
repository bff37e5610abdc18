/// The slow part of unlocking, kept out of `update` so the key derivation runs outside it.
public enum LockEffect: Sendable, Equatable {
    case verify(candidate: String, stored: String)
}
