import ArgumentParser
import CasebookCore
import Foundation

/// `casebook search QUERY [filters]`: full text over both notes and observation evidence, best first.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every note and observation; accents never matter, word* matches a prefix, \"two words\" a phrase.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Words to find, all of them.")
    var query: String

    @Option(name: .long, help: "Only this client (code or id).")
    var client: String?

    @Option(name: .long, help: "Only evidence and comments of observations in this category.")
    var category: String?

    @Option(name: .long, help: ArgumentHelp("Only sessions on or after this date (YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Only sessions on or before this date (YYYY-MM-DD).", valueName: "date"))
    var to: String?

    @Option(name: .long, help: "At most this many results.")
    var limit: Int = 20

    @Flag(name: .long, help: "Print the results as JSON.")
    var json = false

    func run() throws {
        guard limit > 0 else { throw CLIError(message: "--limit must be at least 1", hint: "e.g. --limit 20") }
        let categoryFilter = try category.map(CategoryArgument.parse)
        let fromDate = try from.map { try CLIDate.parse($0, option: "--from").date }
        let until = try to.map { text -> Date in
            let parsed = try CLIDate.parse(text, option: "--to")
            // A day given alone means the whole of that day.
            return parsed.dayOnly ? Calendar.current.date(byAdding: .day, value: 1, to: parsed.date) ?? parsed.date
                : parsed.date.addingTimeInterval(60)
        }
        let store = try database.openExistingStore()
        let clientID = try client.map { try store.requireClient($0).id }
        let search = SearchQuery(query, clientID: clientID ?? nil, from: fromDate, until: until, category: categoryFilter, limit: limit)
        var over = search
        over.limit = min(limit * 4, limit + 200)
        if search.ftsPattern == nil {
            throw CLIError(message: "\"\(query)\" has nothing to search for", hint: "give at least one word, e.g. `casebook search mother`")
        }
        // One sentence often carries several tags, so several observations share its evidence:
        // show it once, at its best rank.
        var seen = Set<String>()
        let hits = try store.search(over).filter {
            seen.insert("\($0.sessionID)|\($0.layer.rawValue)|\($0.markedSnippet)").inserted
        }.prefix(limit)
        if json {
            try JSONOutput.print(hits.map { hit -> [String: Any] in
                [
                    "client": hit.clientCode,
                    "session": hit.sessionNumber,
                    "date": CLIDate.json(hit.sessionStartedAt),
                    "layer": hit.layer.rawValue,
                    "snippet": hit.snippet,
                    "highlights": hit.highlights.map { [$0.lowerBound, $0.upperBound] },
                    "category": JSONOutput.value(hit.category?.rawValue),
                    "rank": hit.rank,
                ]
            })
            return
        }
        guard !hits.isEmpty else {
            StandardError.write("No matches for \(query).")
            return
        }
        let highlight = SnippetMarking.forStandardOutput()
        for hit in hits {
            let snippet = highlight.apply(to: hit.markedSnippet).replacingOccurrences(of: "\n", with: " ")
            print("\(hit.clientCode)  #\(hit.sessionNumber)  \(CLIDate.day(hit.sessionStartedAt))  \(hit.layer.rawValue)")
            print("    " + snippet)
        }
    }
}
