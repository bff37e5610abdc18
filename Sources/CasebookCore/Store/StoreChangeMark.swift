/// Where the database stood when something was read from it: a screen that keeps what it read
/// compares its mark with `CaseStore.changeMark()` to learn whether anything was written since,
/// by this store or by another process (`casebook note` in another terminal).
public struct StoreChangeMark: Hashable, Sendable {
    let writes: UInt64
    let dataVersion: Int

    init(_ token: StoreMemo.Token) {
        writes = token.writes
        dataVersion = token.dataVersion
    }
}
