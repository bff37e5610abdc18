import CasebookCore

/// `--category` values: the stored names (`defense`, `ccrt_wish`), case-insensitive, dashes allowed.
enum CategoryArgument {
    static func parse(_ text: String) throws -> TagCategory {
        let normalized = text.lowercased().replacingOccurrences(of: "-", with: "_")
        if let category = TagCategory(rawValue: normalized) { return category }
        if normalized.hasSuffix("s"), let category = TagCategory(rawValue: String(normalized.dropLast())) { return category }
        throw CLIError(
            message: "\"\(text)\" is not a category",
            hint: "use one of: " + TagCategory.allCases.map(\.rawValue).joined(separator: ", "))
    }
}
