import TerminalKit

/// Adding or editing a figure: role (required) and name (optional).
public struct FigureForm: Sendable {
    public enum Field: Sendable, Equatable { case role, name }
    /// nil while adding.
    public var figureID: Int64?
    public var role: TextInputState
    public var name: TextInputState
    public var field: Field = .role
    public var error: String?

    public init(figureID: Int64? = nil, role: String = "", name: String = "") {
        self.figureID = figureID
        self.role = TextInputState(text: role)
        self.name = TextInputState(text: name)
    }
}
