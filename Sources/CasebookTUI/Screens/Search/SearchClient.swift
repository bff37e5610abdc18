/// A client as the search filter offers it: the code is always safe to show, the name only
/// when code-only mode is off.
public struct SearchClient: Hashable, Sendable {
    public var id: Int64
    public var code: String
    public var name: String

    public init(id: Int64, code: String, name: String) {
        self.id = id
        self.code = code
        self.name = name
    }

    func label(codeOnly: Bool) -> String { codeOnly || name.isEmpty ? code : "\(code)  \(name)" }
}
