import Foundation

/// SQLite text as GRDB binds it ends at the first NUL, so a note holding one (pasted binary, a
/// stray byte from another program) would be cut short there on save and everything after it
/// lost. Found by `ImportAdversarialTests`; each NUL becomes U+FFFD, visible and harmless.
public enum StorableText {
    public static func replacingNUL(_ text: String) -> String {
        guard containsNUL(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(scalar == "\u{0}" ? "\u{FFFD}" : scalar) }
        return String(out)
    }

    /// `memchr` over the string's own bytes: asked of a 50 KB note on every autosave, where the
    /// generic `utf8.contains` was a twentieth of the save.
    private static func containsNUL(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0, bytes.count) != nil
        }
    }
}
