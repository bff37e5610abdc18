/// A significant person in a demo client's life.
public struct DemoFigure: Hashable, Sendable {
    /// `mother`, `father`, `partner`, `boss`…, the word de-identification puts in place of the name.
    public var role: String
    public var name: String

    public init(role: String, name: String) {
        self.role = role
        self.name = name
    }
}
