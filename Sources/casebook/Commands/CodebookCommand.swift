import ArgumentParser
import CasebookCore
import Foundation

/// `casebook codebook [--category C] [--archived] [--json]`: the codes and how often each is
/// used; `--add SLUG` adds a code and codes every note that already spells `#SLUG`.
struct CodebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codebook", abstract: "List the codebook: categories, codes, slugs and usage counts.")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Only this category (theme, defense, transference, countertransference, affect, ccrt_wish, ccrt_ro, ccrt_rs, dream, memory).")
    var category: String?

    @Flag(name: .long, help: "Include archived codes.")
    var archived = false

    @Flag(name: .long, help: "Print the listing as JSON.")
    var json = false

    @Option(name: .long, help: ArgumentHelp(
        "Add a code: `slug` (a theme) or `category/slug`; notes that already spell #slug are coded at once.",
        valueName: "slug"))
    var add: String?

    @Option(name: .long, help: "With --add: the code's name (default: the slug in words).")
    var name: String?

    func run() throws {
        let filter = try category.map(CategoryArgument.parse)
        let store = try database.openExistingStore()
        if let add {
            let (tag, sync) = try store.acceptUnknownSlug(add, category: filter, name: name)
            print("Added \(tag.category.displayName.lowercased()) \(tag.name) (#\(tag.slug)); "
                + "\(sync.added) observation\(sync.added == 1 ? "" : "s") coded in notes that already used it.")
            return
        }
        let tags = try store.tags(category: filter, includeArchived: archived)
        if json {
            try JSONOutput.print(tags.map { usage -> [String: Any] in
                [
                    "id": usage.tag.id ?? 0,
                    "category": usage.tag.category.rawValue,
                    "name": usage.tag.name,
                    "slug": usage.tag.slug,
                    "level": JSONOutput.value(usage.tag.level),
                    "builtin": usage.tag.builtin,
                    "archived": usage.tag.archived,
                    "uses": usage.uses,
                ]
            })
            return
        }
        var lines: [String] = []
        var current: TagCategory?
        for usage in tags {
            if usage.tag.category != current {
                if current != nil { lines.append("") }
                current = usage.tag.category
                lines.append(usage.tag.category.displayName)
            }
            let level = usage.tag.level.map { " (level \($0))" } ?? ""
            let marks = usage.tag.archived ? "  [archived]" : ""
            let slug = "#" + usage.tag.slug
            lines.append("  " + slug.padding(toLength: max(34, slug.count + 1), withPad: " ", startingAt: 0)
                + usage.tag.name + level + "  (\(usage.uses) uses)" + marks)
        }
        print(lines.joined(separator: "\n"))
    }
}
