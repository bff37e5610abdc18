/// A trend in eight block characters (▁▂▃▄▅▆▇█) for Markdown briefs and the terminal.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The lowest value maps to ▁ and the highest to █; a flat series is drawn mid-height so it does
    /// not read as "nothing"; a value that is not a number leaves a gap (a space).
    public static func sparklineText(_ values: [Double]) -> String {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else {
            return String(repeating: " ", count: values.count)
        }
        let span = high - low
        return String(values.map { value -> Character in
            guard value.isFinite else { return " " }
            guard span > 0 else { return blocks[3] }
            let index = Int(((value - low) / span * Double(blocks.count - 1)).rounded())
            return blocks[min(blocks.count - 1, max(0, index))]
        })
    }
}
