import Foundation

/// Text for terminals and files that take only ASCII (`--ascii`): one character in, one out,
/// so columns stay aligned. Accents drop (`é` → `e`), the ellipsis becomes `~`, anything else
/// without an ASCII look-alike becomes `?`.
enum ASCIIFolding {
    static func fold(_ text: String) -> String {
        String(text.map { character -> Character in
            if character.isASCII { return character }
            if character == "…" { return "~" }
            let folded = String(character).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
            if folded.count == 1, let first = folded.first, first.isASCII { return first }
            return "?"
        })
    }
}
