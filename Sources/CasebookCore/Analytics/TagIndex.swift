import Synchronization

/// Looks tags up by id and knows each tag's place in `TagOrder`; built once per analysis so
/// that sorting compares integers instead of localized names.
///
/// Ordering names takes `localizedStandardCompare`, some 18 µs a comparison on Linux: ~13 ms
/// for a codebook of 84 codes, paid by every timeline, preview and patterns view. The codebook
/// rarely changes, so the last few indexes are kept and reused for an equal list of tags.
struct TagIndex: Sendable {
    private let byID: [Int64: AnalyzedTag]
    private let ranks: [Int64: Int]

    private static let recent = Mutex<[(tags: [AnalyzedTag], index: TagIndex)]>([])
    private static let recentCapacity = 8

    init(_ tags: [AnalyzedTag]) {
        if let known = Self.recent.withLock({ recent in recent.first { $0.tags == tags }?.index }) {
            self = known
            return
        }
        byID = Dictionary(tags.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ordered = byID.values.sorted(by: TagOrder.precedes)
        ranks = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($0.element.id, $0.offset) })
        let built = self
        Self.recent.withLock { recent in
            recent.append((tags, built))
            if recent.count > Self.recentCapacity { recent.removeFirst(recent.count - Self.recentCapacity) }
        }
    }

    subscript(id: Int64) -> AnalyzedTag? { byID[id] }

    /// Position in tag order; unknown ids sort last.
    func rank(_ id: Int64) -> Int { ranks[id] ?? Int.max }
}
