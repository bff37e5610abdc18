import Foundation
import CasebookCore
import TerminalKit

/// The "add a code" form: the slug follows the name until the clinician edits it.
public struct CodebookForm: Sendable {
    public enum Field: Sendable, Equatable, CaseIterable {
        case category, name, slug, level, description, parent
    }

    public var category: TagCategory
    public var name = TextInputState()
    public var slug = TextInputState()
    /// Once the slug is typed into, it stops following the name.
    public var slugEdited = false
    public var level: Int?
    public var description = TextInputState()
    public var parentID: Int64?
    public var field: Field = .name
    /// Why the last save was refused, shown in the form, which stays open with what was typed.
    public var error: String?

    public init(category: TagCategory) {
        self.category = category
        self.level = category == .defense ? 7 : nil
    }

    /// The fields that apply to the category, in order.
    public var fields: [Field] {
        Field.allCases.filter { field in
            switch field {
            case .level: category == .defense
            case .parent: category == .theme
            default: true
            }
        }
    }

    mutating func move(by step: Int) {
        let list = fields
        let index = list.firstIndex(of: field) ?? 0
        field = list[(index + step + list.count) % list.count]
    }

    /// A slug from a name: lower case, accents dropped, words joined by dashes (`Fear of
    /// dependency` → `fear-of-dependency`), as inline tags spell it.
    public static func slug(from name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var slug = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash && !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return String(slug.prefix(64))
    }
}
