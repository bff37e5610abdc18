/// Looks tags up by id and knows each tag's place in `TagOrder`; built once per analysis so
/// that sorting compares integers instead of localized names.
struct TagIndex {
    private let byID: [Int64: AnalyzedTag]
    private let ranks: [Int64: Int]

    init(_ tags: [AnalyzedTag]) {
        byID = Dictionary(tags.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ordered = byID.values.sorted(by: TagOrder.precedes)
        ranks = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($0.element.id, $0.offset) })
    }

    subscript(id: Int64) -> AnalyzedTag? { byID[id] }

    /// Position in tag order; unknown ids sort last.
    func rank(_ id: Int64) -> Int { ranks[id] ?? Int.max }
}
