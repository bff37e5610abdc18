extension CaseStore {
    /// True when the path no longer leads to the file this store opened (deleted, moved,
    /// replaced): the store then refuses every write rather than feed a file nobody will see.
    public var databaseFileIsGone: Bool {
        guard let fileIdentity else { return false }
        return FileIdentity(path: url.path) != fileIdentity
    }
}
