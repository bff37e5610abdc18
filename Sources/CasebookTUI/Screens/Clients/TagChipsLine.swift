import TerminalKit

/// Tag chips as one styled line: each name in its category's colour (`tag.<category>`),
/// optionally with its count.
public enum TagChipsLine {
    public static func line(_ chips: [TagChip], theme: Theme, base: Style = .plain, counts: Bool = false) -> Line {
        var spans: [Span] = []
        for (i, chip) in chips.enumerated() {
            if i > 0 { spans.append(Span(" · ", style: base.patched(with: theme.style(for: .muted)))) }
            let style = base.patched(with: theme.style(for: .tag(category: chip.category.rawValue)))
            spans.append(Span(chip.name, style: style))
            if counts && chip.count > 1 {
                spans.append(Span("×\(chip.count)", style: base.patched(with: theme.style(for: .muted))))
            }
        }
        return Line(spans)
    }
}
