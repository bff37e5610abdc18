import TerminalKit

/// Tag chips as one styled line: each name in its category's colour (`tag.<category>`),
/// optionally with its count. Given a width, chips that do not fit are dropped whole and
/// counted (`+2`), never cut in the middle of a name; a long chip that does not fit does not
/// hide shorter ones after it that do.
public enum TagChipsLine {
    static let separator = " · "

    public static func line(_ chips: [TagChip], theme: Theme, base: Style = .plain, counts: Bool = false,
                            width: Int? = nil) -> Line {
        let muted = base.patched(with: theme.style(for: .muted))
        var spans: [Span] = []
        var used = 0
        var shown = 0
        var dropped = 0
        for (i, chip) in chips.enumerated() {
            let label = chip.name
            let count = counts && chip.count > 1 ? "×\(chip.count)" : ""
            let need = (shown > 0 ? separator.count : 0) + displayWidth(of: label) + displayWidth(of: count)
            if let width {
                // Room for the count of every chip that might still end up hidden: those already
                // dropped and all after this one. The count only shrinks, so this always fits.
                let hidden = dropped + chips.count - i - 1
                let reserve = hidden > 0 ? " +\(hidden)".count : 0
                if used + need + reserve > width {
                    dropped += 1
                    continue
                }
            }
            if shown > 0 { spans.append(Span(separator, style: muted)) }
            spans.append(Span(label, style: base.patched(with: theme.style(for: .tag(category: chip.category.rawValue)))))
            if !count.isEmpty { spans.append(Span(count, style: muted)) }
            used += need
            shown += 1
        }
        if let width, dropped > 0 {
            let more = (shown > 0 ? " +" : "+") + "\(dropped)"
            if used + more.count <= width { spans.append(Span(more, style: muted)) }
        }
        return Line(spans)
    }

    /// Every chip, over as many lines of `width` as they need, broken between chips so a
    /// separator never ends or starts a line.
    public static func lines(_ chips: [TagChip], theme: Theme, base: Style = .plain, counts: Bool = false,
                             width: Int) -> [Line] {
        let muted = base.patched(with: theme.style(for: .muted))
        let items = chips.map { chip in
            var spans = [Span(chip.name, style: base.patched(with: theme.style(for: .tag(category: chip.category.rawValue))))]
            if counts && chip.count > 1 { spans.append(Span("×\(chip.count)", style: muted)) }
            return Line(spans)
        }
        return SeparatedLines.lines(items, separator: Span(separator, style: muted), width: width)
    }
}
