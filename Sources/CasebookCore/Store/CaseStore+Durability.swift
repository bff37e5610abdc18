import GRDB

extension CaseStore {
    /// Whether some autosave has not reached the disk yet (it is safe from a crash, not from a
    /// power cut); `makeSavesDurable()` flushes it.
    public var hasSavesNotOnDisk: Bool { durability.hasUnflushed }

    /// Flushes autosaves that committed without waiting for the disk: a passive checkpoint, which
    /// syncs the WAL before copying it into the database. Costs nothing when there are none;
    /// the interface calls it when typing pauses, and `close()` calls it.
    public func makeSavesDurable() throws {
        guard durability.hasUnflushed else { return }
        do {
            try database.writeWithoutTransaction { db in _ = try db.checkpoint(.passive) }
            durability.flushed()
        } catch let error as DatabaseError {
            throw Self.storeError(for: error, path: url.path)
        }
    }
}
