import Foundation
import GRDB
import Synchronization

/// Values computed from the database (a client's analytics material, a timeline) kept until
/// the database changes, so going back and forth between screens reads nothing twice.
///
/// A value is stale once anything was written: by this store (its writes bump a counter) or by
/// another connection, such as `casebook note` in another terminal (SQLite's `data_version`
/// on the writer connection moves). Invalidation is whole, not per client: a write is a
/// keystroke's autosave at most once a second, and recomputing one client is cheap; being
/// sure nothing stale is ever shown is not negotiable.
public final class StoreMemo: Sendable {
    struct Token: Equatable {
        var writes: UInt64
        var dataVersion: Int
    }

    private struct Entry {
        var kind: String
        var key: String
        var token: Token
        var value: any Sendable
    }

    /// How many values are kept; the least recently used goes first.
    let capacity: Int
    private let writes = Atomic<UInt64>(0)
    private let entries = Mutex<[Entry]>([])

    init(capacity: Int = 6) {
        self.capacity = capacity
    }

    /// Called by every write of the owning store.
    func noteWrite() {
        writes.add(1, ordering: .sequentiallyConsistent)
    }

    func token(_ database: DatabasePool) throws -> Token {
        let version = try database.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        return Token(writes: writes.load(ordering: .sequentiallyConsistent), dataVersion: version)
    }

    func value<Value: Sendable>(
        _ kind: String, key: String, database: DatabasePool, compute: () throws -> Value
    ) throws -> Value {
        // Taken before computing: a write during the computation leaves the value stale.
        let token = try token(database)
        let cached: Value? = entries.withLock { entries in
            guard let index = entries.firstIndex(where: { $0.kind == kind && $0.key == key }) else { return nil }
            let entry = entries.remove(at: index)
            guard entry.token == token, let value = entry.value as? Value else { return nil }
            entries.append(entry)
            return value
        }
        if let cached { return cached }
        let value = try compute()
        entries.withLock { entries in
            entries.removeAll { $0.kind == kind && $0.key == key }
            entries.append(Entry(kind: kind, key: key, token: token, value: value))
            if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        }
        return value
    }

    /// Drops every value (tests, and callers that know better than the token).
    public func removeAll() {
        entries.withLock { $0.removeAll() }
    }
}
