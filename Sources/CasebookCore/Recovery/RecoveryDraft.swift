/// One text that could not reach the database, with a title that says where it belongs
/// (`AM-014 · session 3 · process note`), so the clinician can copy it back by hand.
public struct RecoveryDraft: Hashable, Sendable {
    public var title: String
    public var text: String

    public init(title: String, text: String) {
        self.title = title
        self.text = text
    }
}
