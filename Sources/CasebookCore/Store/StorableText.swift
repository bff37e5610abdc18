/// SQLite text as GRDB binds it ends at the first NUL, so a note holding one (pasted binary, a
/// stray byte from another program) would be cut short there on save and everything after it
/// lost. Found by `ImportAdversarialTests`; each NUL becomes U+FFFD, visible and harmless.
public enum StorableText {
    public static func replacingNUL(_ text: String) -> String {
        guard text.utf8.contains(0) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(scalar == "\u{0}" ? "\u{FFFD}" : scalar) }
        return String(out)
    }
}
