/// Why a de-identified export was refused.
public enum DeidentificationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text still names someone. Carries the replacements (client code, `[role]`) rather than the
    /// names themselves so the message can be printed or logged without identifying anyone.
    case nameRemains(count: Int, replacements: [String])

    public var description: String {
        switch self {
        case .nameRemains(let count, let replacements):
            let who = replacements.joined(separator: ", ")
            return "The export still contains \(count) name\(count == 1 ? "" : "s") (of \(who)); nothing was "
                + "written. Check the client's name, aliases and figures, then export again."
        }
    }
}
