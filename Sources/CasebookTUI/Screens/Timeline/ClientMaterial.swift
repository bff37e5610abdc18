import CasebookCore

/// What the Timeline, Patterns and the preview read of one client, kept in the store's memo
/// (`ClientAnalyticsMaterial`, `TimelineMaterial`): each kind reads its own part once, and
/// going back to a screen with nothing written since reads nothing.
public protocol ClientMaterial: Sendable {
    /// The memo's name for this kind of material.
    static var memoKind: String { get }
    /// The client's material read now, in one read transaction.
    static func read(store: CaseStore, clientID: Int64) throws -> Self
    var code: String { get }
    var name: String { get }
}

extension ClientMaterial {
    /// The client's material, from the store's memo when nothing was written since it was last
    /// read, else from the store.
    public static func load(store: CaseStore, clientID: Int64) throws -> Self {
        try store.memoized(memoKind, key: String(clientID)) { try read(store: store, clientID: clientID) }
    }

    /// The client's code, or code and name when names may be shown.
    public func label(codeOnly: Bool) -> String {
        codeOnly || name.isEmpty ? code : "\(code) \(name)"
    }
}
