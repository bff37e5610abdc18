/// Shortens text to fit a number of columns, marking the cut with an ellipsis.
public enum Truncation {
    public static let ellipsis: Character = "…"

    /// `text` unchanged if it fits `width` columns; otherwise its longest prefix of whole
    /// graphemes that leaves room for `…`, followed by `…`. Never splits a grapheme or a wide
    /// character, so the result may be one column narrower than `width`.
    public static func truncate(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        if displayWidth(of: text) <= width { return text }
        let budget = width - 1
        var used = 0
        var result = ""
        for g in text {
            let w = displayWidth(of: g)
            if used + w > budget { break }
            result.append(g)
            used += w
        }
        result.append(ellipsis)
        return result
    }

    /// The longest prefix of whole graphemes that fits `width` columns, with no ellipsis.
    public static func prefix(_ text: String, fittingWidth width: Int) -> String {
        var used = 0
        var result = ""
        for g in text {
            let w = displayWidth(of: g)
            if used + w > width { break }
            result.append(g)
            used += w
        }
        return result
    }

    /// `text` padded with spaces (or truncated) to exactly `width` columns, aligned as asked.
    public static func fit(_ text: String, toWidth width: Int, alignment: Alignment = .left) -> String {
        let cut = truncate(text, toWidth: width)
        let gap = max(0, width - displayWidth(of: cut))
        let result: String
        switch alignment {
        case .left: result = cut + String(repeating: " ", count: gap)
        case .right: result = String(repeating: " ", count: gap) + cut
        case .center:
            let l = gap / 2
            result = String(repeating: " ", count: l) + cut + String(repeating: " ", count: gap - l)
        }
        // Text that starts with an extender (a lone VS16 or combining mark) joins the padding
        // space before it into one grapheme and the row comes out short; pad the end to make up.
        let shortfall = width - displayWidth(of: result)
        return shortfall > 0 ? result + String(repeating: " ", count: shortfall) : result
    }
}
