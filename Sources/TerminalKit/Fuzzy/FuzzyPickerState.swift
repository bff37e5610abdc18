/// A query line over a list of items, filtered and ranked as the query changes
/// (the `#` tag completion popup and the command palette).
public struct FuzzyPickerState: Sendable {
    public private(set) var items: [FuzzyPickerItem]
    public private(set) var query = ""
    /// Cursor in the query, as a grapheme index.
    public private(set) var queryCursor = 0
    /// The items that match, best first.
    public private(set) var matches: [(item: FuzzyPickerItem, match: FuzzyMatch)] = []
    /// Index into `matches`; meaningless when there are none.
    public private(set) var selectedIndex = 0
    /// First row of `matches` on screen, kept by the view.
    var scrollOffset = 0

    public init(items: [FuzzyPickerItem], query: String = "") {
        self.items = items
        self.query = query
        self.queryCursor = query.count
        refilter()
    }

    public var selectedItem: FuzzyPickerItem? {
        matches.indices.contains(selectedIndex) ? matches[selectedIndex].item : nil
    }

    /// Replaces the items (the codebook changed) keeping the query.
    public mutating func setItems(_ newItems: [FuzzyPickerItem]) {
        items = newItems
        refilter()
    }

    public mutating func setQuery(_ text: String) {
        query = String(text.filter { !$0.isNewline })
        queryCursor = query.count
        refilter()
    }

    /// Typed or pasted text; line breaks are dropped because the query is one line.
    public mutating func insert(_ text: String) {
        let clean = text.filter { !$0.isNewline }
        guard !clean.isEmpty else { return }
        var chars = Array(query)
        chars.insert(contentsOf: clean, at: queryCursor)
        query = String(chars)
        // An accent typed after a letter joins its grapheme, so the count can shrink.
        queryCursor = min(queryCursor + clean.count, query.count)
        refilter()
    }

    public mutating func deleteBackward() {
        guard queryCursor > 0 else { return }
        var chars = Array(query)
        chars.remove(at: queryCursor - 1)
        queryCursor -= 1
        query = String(chars)
        refilter()
    }

    public mutating func deleteForward() {
        var chars = Array(query)
        guard queryCursor < chars.count else { return }
        chars.remove(at: queryCursor)
        query = String(chars)
        refilter()
    }

    /// Ctrl-W in the query.
    public mutating func deleteWordBackward() {
        var chars = Array(query)
        var k = queryCursor
        while k > 0, chars[k - 1].isWhitespace { k -= 1 }
        while k > 0, !chars[k - 1].isWhitespace { k -= 1 }
        chars.removeSubrange(k..<queryCursor)
        queryCursor = k
        query = String(chars)
        refilter()
    }

    public mutating func moveQueryCursorLeft() { queryCursor = max(0, queryCursor - 1) }
    public mutating func moveQueryCursorRight() { queryCursor = min(query.count, queryCursor + 1) }
    public mutating func moveQueryCursorToStart() { queryCursor = 0 }
    public mutating func moveQueryCursorToEnd() { queryCursor = query.count }

    public mutating func selectNext() { if !matches.isEmpty { selectedIndex = (selectedIndex + 1) % matches.count } }
    public mutating func selectPrevious() {
        if !matches.isEmpty { selectedIndex = (selectedIndex - 1 + matches.count) % matches.count }
    }
    public mutating func selectFirst() { selectedIndex = 0 }
    public mutating func selectLast() { selectedIndex = max(0, matches.count - 1) }
    public mutating func pageDown(height: Int) { selectedIndex = max(0, min(matches.count - 1, selectedIndex + max(1, height))) }
    public mutating func pageUp(height: Int) { selectedIndex = max(0, selectedIndex - max(1, height)) }

    /// Ranks the items against the query; an empty query lists every item in its given order.
    /// The selection goes back to the best match, since the old one may have moved or gone.
    mutating func refilter() {
        let ranked = FuzzyMatcher.rank(query, items.map(\.label))
        matches = ranked.map { (items[$0.index], $0.match) }
        selectedIndex = 0
        scrollOffset = 0
    }
}
