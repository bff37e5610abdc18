/// The help overlay: the keys of the screen it was opened on, and how far it is scrolled.
public struct HelpState: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var keys: String
        public var description: String
        public init(keys: String, description: String) {
            self.keys = keys
            self.description = description
        }
    }

    public struct Section: Hashable, Sendable {
        public var title: String
        public var rows: [Row]
        public init(title: String, rows: [Row]) {
            self.title = title
            self.rows = rows
        }
    }

    public var screenTitle: String
    /// The screen's keys first, then the global ones.
    public var sections: [Section]
    public var scroll = 0

    public init(screenTitle: String, sections: [Section]) {
        self.screenTitle = screenTitle
        self.sections = sections
    }

    /// Rows drawn: each section's title and rows, with a blank row between sections.
    public var lineCount: Int { sections.reduce(0) { $0 + $1.rows.count + 1 } + max(0, sections.count - 1) }
}
