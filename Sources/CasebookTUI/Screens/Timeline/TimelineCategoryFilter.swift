import CasebookCore

/// The groups of rows `f` steps through. Transference and countertransference stay together,
/// so the clinician sees their own responses beside the client's.
public enum TimelineCategoryFilter: String, CaseIterable, Sendable, Equatable {
    case all
    case themes
    case defenses
    case relationship
    case affect
    case dreamsAndMemories
    case ccrt

    /// Nil shows every category.
    public var categories: Set<TagCategory>? {
        switch self {
        case .all: nil
        case .themes: [.theme]
        case .defenses: [.defense]
        case .relationship: [.transference, .countertransference]
        case .affect: [.affect]
        case .dreamsAndMemories: [.dream, .memory]
        case .ccrt: [.ccrtWish, .ccrtRO, .ccrtRS]
        }
    }

    public var label: String {
        switch self {
        case .all: "all codes"
        case .themes: "themes"
        case .defenses: "defenses"
        case .relationship: "transference & countertransference"
        case .affect: "affect"
        case .dreamsAndMemories: "dreams & memories"
        case .ccrt: "CCRT"
        }
    }

    public var next: TimelineCategoryFilter {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    public var previous: TimelineCategoryFilter {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + all.count - 1) % all.count]
    }
}
