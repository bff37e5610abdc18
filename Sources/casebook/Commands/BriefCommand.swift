import ArgumentParser
import CasebookCore
import Foundation

/// `casebook brief CLIENT [--format md|html] [--sessions A-B] [--out FILE] [--identified] [--allow NAME]...`
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Write a supervision brief, de-identified unless --identified.",
        discussion: """
            The brief holds the formulation, the CCRT with pervasiveness, recurring themes with their timeline,
            the defense profile and ODF trend, transference and countertransference with evidence, the process
            notes of sessions flagged for supervision, and the supervision questions.
            De-identified (the default): the client's name and aliases become the client code, figures' names
            their role, dates weeks since intake; the brief is refused if a known name remains. Capitalised words
            that might be names Casebook does not know are listed on standard error: add real names to the
            client's aliases or figures, and accept the others with --allow WORD.
            Every brief is recorded in `casebook disclosures`.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html
    }

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Client code or id.")
    var client: String

    @Option(name: .long, help: "md or html (self-contained, with charts and a print stylesheet).")
    var format: Format = .md

    @Option(name: .long, help: ArgumentHelp("Only these sessions, by number, e.g. 20-40.", valueName: "A-B"))
    var sessions: String?

    @Option(name: .long, help: ArgumentHelp("Write to this file (mode 0600) instead of standard output.", valueName: "file"))
    var out: String?

    @Flag(name: .long, help: "Keep names and dates. The brief then identifies the client.")
    var identified = false

    @Option(name: .long, help: ArgumentHelp("A capitalised word you checked is not a name (repeatable).", valueName: "word"))
    var allow: [String] = []

    @Flag(name: .long, help: "Replace the --out file if it exists.")
    var force = false

    static func parseRange(_ text: String) throws -> ClosedRange<Int> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let numbers = parts.map { Int($0) }
        if parts.count == 1, let single = numbers[0], single >= 1 { return single...single }
        if parts.count == 2, let low = numbers[0], let high = numbers[1], low >= 1, low <= high { return low...high }
        throw CLIError(message: "--sessions \(text): expected a range of session numbers such as 20-40", hint: "e.g. --sessions 1-12")
    }

    mutating func run() throws {
        let range = try sessions.map(Self.parseRange)
        try DisclosedOutput.checkTarget(out, force: force)
        let store = try CaseStore(path: database.db)
        let record = try store.requireClient(client)
        guard let clientID = record.id else { throw CLIError(message: "client \(client) has no id") }
        let brief = try SupervisionBrief.build(
            store: store, clientID: clientID, sessions: range, identified: identified, allow: Set(allow))
        let text = format == .md ? BriefMarkdownRenderer.render(brief) : BriefHTMLRenderer.render(brief)
        do {
            try brief.verify(text)
        } catch {
            throw CLIError(
                message: error.description,
                hint: "add the name to the client's aliases or figures, or write an identified brief with --identified")
        }
        let standardError = FileHandle.standardError
        if identified {
            standardError.write(Data("Warning: this brief is identified: it names \(record.code) and keeps dates.\n".utf8))
        } else {
            standardError.write(Data(Self.reviewText(brief.review).utf8))
        }
        try DisclosedOutput.deliver(
            text, to: out, force: force, store: store, what: "brief \(format.rawValue)", clientCodes: [record.code],
            deidentified: !identified)
    }

    /// What the clinician should look at before sharing, with how to act on it.
    static func reviewText(_ review: DeidentificationReview) -> String {
        var text = ""
        if !review.nameCandidates.isEmpty {
            text += "Check these capitalised words; they may be names Casebook does not know:\n"
            text += "  " + review.nameCandidates.prefix(30).joined(separator: ", ") + "\n"
            text += "  A real name: add it to the client's aliases or figures and write the brief again.\n"
            text += "  Not a name: accept it with --allow WORD (e.g. --allow \(review.nameCandidates[0])).\n"
        }
        for replacement in review.ambiguousReplacements {
            text += "Replaced \"\(replacement.name)\" by \(replacement.replacement) \(replacement.count)×, though it is also a word"
            if let example = replacement.examples.first { text += ", e.g. \(example)" }
            text += "\n"
        }
        return text
    }
}
