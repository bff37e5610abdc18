/// The seven levels of Perry's Defense Mechanism Rating Scales (SPEC §3). The raw value is the
/// level number that the ODF averages, so higher means more adaptive.
public enum DMRSLevel: Int, CaseIterable, Codable, Sendable, Comparable {
    case action = 1
    case majorImageDistorting = 2
    case disavowal = 3
    case minorImageDistorting = 4
    case otherNeurotic = 5
    case obsessional = 6
    case highAdaptive = 7

    public static func < (lhs: DMRSLevel, rhs: DMRSLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The level's name as the DMRS manual gives it.
    public var name: String {
        switch self {
        case .action: "Action"
        case .majorImageDistorting: "Major image-distorting"
        case .disavowal: "Disavowal"
        case .minorImageDistorting: "Minor image-distorting"
        case .otherNeurotic: "Other neurotic"
        case .obsessional: "Obsessional"
        case .highAdaptive: "High-adaptive"
        }
    }

    /// The older clinical shorthand for the level, shown beside the name where space allows.
    public var clinicalLabel: String {
        switch self {
        case .action: "action"
        case .majorImageDistorting: "borderline"
        case .disavowal: "disavowal"
        case .minorImageDistorting: "narcissistic"
        case .otherNeurotic, .obsessional: "neurotic"
        case .highAdaptive: "mature"
        }
    }

    public var maturity: DefenseMaturity {
        switch self {
        case .highAdaptive: .mature
        case .obsessional, .otherNeurotic: .neurotic
        case .minorImageDistorting, .disavowal, .majorImageDistorting, .action: .immature
        }
    }

    /// The defenses of this level in the built-in codebook, in display order.
    public var defenses: [BuiltinTag] {
        BuiltinCodebook.tags.filter { $0.category == .defense && $0.level == rawValue }
    }
}
