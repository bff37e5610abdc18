/// One choice in a fuzzy picker: what is matched and shown (`label`), plus a dimmed note on the
/// right (`detail`, e.g. a codebook category or a key binding). `id` is what the caller gets back.
public struct FuzzyPickerItem: Hashable, Sendable {
    public var id: String
    public var label: String
    public var detail: String?

    public init(id: String, label: String, detail: String? = nil) {
        self.id = id
        self.label = label
        self.detail = detail
    }
}
