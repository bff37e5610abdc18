import TerminalKit

/// The open command palette: TerminalKit's fuzzy picker over every action available where it
/// was opened, each item pointing back at its entry.
public struct PaletteState: Sendable {
    public let entries: [PaletteEntry]
    public var picker: FuzzyPickerState

    public init(entries: [PaletteEntry]) {
        self.entries = entries
        picker = FuzzyPickerState(items: entries.enumerated().map { index, entry in
            FuzzyPickerItem(id: String(index), label: entry.title, detail: entry.keyLabel.isEmpty ? nil : entry.keyLabel)
        })
    }

    public var query: String { picker.query }

    /// The entries that match the query, best first.
    public var matches: [PaletteEntry] { picker.matches.compactMap { Int($0.item.id).map { entries[$0] } } }

    public var selected: PaletteEntry? { picker.selectedItem.flatMap { Int($0.id) }.map { entries[$0] } }
}
