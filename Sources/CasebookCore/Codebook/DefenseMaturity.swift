/// The three-way grouping of DMRS levels used for the mature / neurotic / immature profile that
/// clinicians read at a glance: level 7, levels 6–5, levels 4–1.
public enum DefenseMaturity: String, CaseIterable, Codable, Sendable {
    case mature
    case neurotic
    case immature

    public var displayName: String {
        switch self {
        case .mature: "Mature"
        case .neurotic: "Neurotic"
        case .immature: "Immature"
        }
    }

    public var levels: [DMRSLevel] { DMRSLevel.allCases.filter { $0.maturity == self } }
}
