/// The kinds of codes a clinician records (SPEC §2, §3). The raw value is what the database
/// stores and what `#category/slug` inline tags spell.
public enum TagCategory: String, CaseIterable, Codable, Sendable, Hashable {
    case theme
    case defense
    case transference
    case countertransference
    case affect
    case ccrtWish = "ccrt_wish"
    case ccrtRO = "ccrt_ro"
    case ccrtRS = "ccrt_rs"
    case dream
    case memory

    /// How the category is shown to a person.
    public var displayName: String {
        switch self {
        case .theme: "Theme"
        case .defense: "Defense"
        case .transference: "Transference"
        case .countertransference: "Countertransference"
        case .affect: "Affect"
        case .ccrtWish: "CCRT wish"
        case .ccrtRO: "CCRT response of other"
        case .ccrtRS: "CCRT response of self"
        case .dream: "Dream"
        case .memory: "Memory"
        }
    }
}
