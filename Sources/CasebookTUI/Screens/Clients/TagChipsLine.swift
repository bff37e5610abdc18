import TerminalKit

/// Tag chips as one styled line: each name in its category's colour (`tag.<category>`),
/// optionally with its count. Given a width, chips that do not fit are dropped whole and
/// counted (`+2`), never cut in the middle of a name.
public enum TagChipsLine {
    static let separator = " · "

    public static func line(_ chips: [TagChip], theme: Theme, base: Style = .plain, counts: Bool = false,
                            width: Int? = nil) -> Line {
        let muted = base.patched(with: theme.style(for: .muted))
        var spans: [Span] = []
        var used = 0
        for (i, chip) in chips.enumerated() {
            let label = chip.name
            let count = counts && chip.count > 1 ? "×\(chip.count)" : ""
            let need = (i > 0 ? separator.count : 0) + displayWidth(of: label) + displayWidth(of: count)
            if let width {
                let remaining = chips.count - i - 1
                let reserve = remaining > 0 ? " +\(remaining)".count : 0
                if used + need + reserve > width {
                    let more = " +\(chips.count - i)"
                    if used + more.count <= width { spans.append(Span(more, style: muted)) }
                    break
                }
            }
            if i > 0 { spans.append(Span(separator, style: muted)) }
            spans.append(Span(label, style: base.patched(with: theme.style(for: .tag(category: chip.category.rawValue)))))
            if !count.isEmpty { spans.append(Span(count, style: muted)) }
            used += need
        }
        return Line(spans)
    }
}
