import TerminalKit

/// The open command palette: what is typed, what matches, which match is selected.
public struct PaletteState: Hashable, Sendable {
    /// Every entry available where the palette was opened.
    public var entries: [PaletteEntry]
    public var query = TextInputState()
    public private(set) var matches: [PaletteEntry]
    public var list = ListState(selected: 0)

    public init(entries: [PaletteEntry]) {
        self.entries = entries
        self.matches = entries
        list.selected = entries.isEmpty ? nil : 0
    }

    public mutating func refilter() {
        matches = PaletteMatcher.rank(query.text, entries)
        list.selected = matches.isEmpty ? nil : 0
        list.offset = 0
    }

    public var selected: PaletteEntry? {
        guard let i = list.selected, matches.indices.contains(i) else { return nil }
        return matches[i]
    }
}
