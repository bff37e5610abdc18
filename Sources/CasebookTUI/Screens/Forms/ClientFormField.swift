/// The fields of the client form, in tab order.
public enum ClientFormField: Int, CaseIterable, Hashable, Sendable {
    case code
    case name
    case aliases
    case birthYear
    case intakeDate
    case status
    case frequency
    case presentingConcerns

    public var label: String {
        switch self {
        case .code: return "Code"
        case .name: return "Name"
        case .aliases: return "Aliases"
        case .birthYear: return "Birth year"
        case .intakeDate: return "Intake date"
        case .status: return "Status"
        case .frequency: return "Frequency"
        case .presentingConcerns: return "Concerns"
        }
    }

    public var placeholder: String {
        switch self {
        case .code: return "short pseudonym shown on screen, e.g. AM-014"
        case .name: return "full name (kept out of exports)"
        case .aliases: return "other names, comma-separated"
        case .birthYear: return "e.g. 1984 (optional)"
        case .intakeDate: return "YYYY-MM-DD"
        case .status: return ""
        case .frequency: return "e.g. 2×/week"
        case .presentingConcerns: return "what brought them"
        }
    }
}
