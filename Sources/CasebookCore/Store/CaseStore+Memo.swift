import Foundation

extension CaseStore {
    /// `compute`'s value for `kind` and `key` (e.g. a client id), from memory when nothing was
    /// written since it was computed (see `StoreMemo`), else computed now and kept.
    public func memoized<Value: Sendable>(_ kind: String, key: String, compute: () throws -> Value) throws -> Value {
        try memo.value(kind, key: key, database: database, compute: compute)
    }
}
