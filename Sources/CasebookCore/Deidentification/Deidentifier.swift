import Foundation

/// Turns a client's notes into text that can leave the consulting room (SPEC §7).
///
/// Replacements:
/// - the client's full name, each part of it (given, family, each half of a hyphenated name) and every
///   alias become the client code: `Zoë's` → `AM-014's`;
/// - a figure's name and its parts become the figure's role in brackets: `Ingrid` → `[mother]`. When two
///   figures share a role the later ones are numbered (`[friend]`, `[friend 2]`) so they stay distinct;
/// - dates become `week N` since intake (week 1 is the intake day and the six days after it), or
///   `[date]` when they fall before intake or are not real dates;
/// - the birth year next to "born", "birth" or "b." becomes `[year]`.
///
/// Names match ignoring case and diacritics, in NFC or NFD, on word boundaries (the alias "Will" leaves
/// "willing" alone); Han, Kana and Hangul names match as substrings. Where the client and a figure share
/// a name part, the client wins for the bare part and the figure's full name still becomes its role.
/// A name that is also an English word ("Rose") is replaced everywhere it stands as a word, and
/// `review(of:allowed:)` lists those replacements so the clinician can see the false hits.
public struct Deidentifier: Sendable {
    /// A significant person in the client's life.
    public struct Figure: Hashable, Sendable {
        public var role: String
        public var name: String

        public init(role: String, name: String) {
            self.role = role
            self.name = name
        }
    }

    public let clientCode: String
    public let clientName: String
    public let aliases: [String]
    public let figures: [Figure]
    public let intakeDate: Date
    public let birthYear: Int?
    /// The calendar in which text dates are read and weeks are counted (the clinician's own).
    public let calendar: Calendar

    let matcher: NameMatcher
    /// What each figure is replaced by, in the order of `figures`.
    let figureReplacements: [String]

    public init(
        clientCode: String,
        clientName: String,
        aliases: [String] = [],
        figures: [Figure] = [],
        intakeDate: Date,
        birthYear: Int? = nil,
        calendar: Calendar = Calendar(identifier: .gregorian)
    ) {
        self.clientCode = clientCode
        self.clientName = clientName
        self.aliases = aliases
        self.figures = figures
        self.intakeDate = intakeDate
        self.birthYear = birthYear
        self.calendar = calendar

        var roleUses: [String: Int] = [:]
        let figureReplacements = figures.map { figure -> String in
            let role = figure.role.trimmingCharacters(in: .whitespacesAndNewlines)
            let label = role.isEmpty ? "person" : role
            let key = String(FoldedText.foldPattern(label))
            roleUses[key, default: 0] += 1
            let use = roleUses[key] ?? 1
            return use == 1 ? "[\(label)]" : "[\(label) \(use)]"
        }
        self.figureReplacements = figureReplacements

        // Order is priority: full names before parts, the client before figures.
        var patterns: [NamePattern] = []
        patterns.append(contentsOf: Deidentifier.patterns(for: [clientName], replacement: clientCode))
        for (figure, replacement) in zip(figures, figureReplacements) {
            patterns.append(contentsOf: Deidentifier.patterns(for: [figure.name], replacement: replacement))
        }
        patterns.append(contentsOf: Deidentifier.patterns(for: aliases, replacement: clientCode))
        patterns.append(
            contentsOf: Deidentifier.patterns(for: Deidentifier.nameParts(of: clientName), replacement: clientCode))
        for (figure, replacement) in zip(figures, figureReplacements) {
            patterns.append(
                contentsOf: Deidentifier.patterns(for: Deidentifier.nameParts(of: figure.name), replacement: replacement))
        }
        matcher = NameMatcher(patterns)
    }

    /// The de-identified text.
    public func redact(_ text: String) -> String {
        redaction(of: text).text
    }

    /// The de-identified text with every name replacement it made, for the review before export.
    public func redaction(of text: String) -> Redaction {
        var dated = DateRedactor(intakeDate: intakeDate, calendar: calendar).redact(text)
        if let birthYear {
            dated = BirthYearRedactor(birthYear: birthYear).redact(dated)
        }
        return replaceNames(in: dated)
    }

    /// "week N" since intake, or "[date]" for a date before intake.
    public func describe(date: Date) -> String {
        DateRedactor(intakeDate: intakeDate, calendar: calendar).describe(date)
    }

    /// Every client name, alias or figure name still present (as written in `text`), ignoring case and
    /// diacritics; empty when the text is safe to export.
    public func leaks(in text: String) -> [String] {
        let folded = FoldedText(text)
        var seen: Set<String> = []
        var leaks: [String] = []
        for match in nameMatches(in: folded) {
            let written = String(folded.original[match.range])
            if seen.insert(written).inserted { leaks.append(written) }
        }
        return leaks
    }

    /// Redacts and then verifies: what every exporter should call for each piece of text it writes.
    public func redactForExport(_ text: String) throws(DeidentificationError) -> String {
        let redacted = redact(text)
        try verify(redacted)
        return redacted
    }

    /// The last check before an export is written: refuses text that still names anyone.
    public func verify(_ text: String) throws(DeidentificationError) {
        let folded = FoldedText(text)
        let found = nameMatches(in: folded)
        guard !found.isEmpty else { return }
        var whose: [String] = []
        for match in found where !whose.contains(match.pattern.replacement) {
            whose.append(match.pattern.replacement)
        }
        throw .nameRemains(count: found.count, replacements: whose)
    }

    private func replaceNames(in text: String) -> Redaction {
        let folded = FoldedText(text)
        let found = nameMatches(in: folded)
        guard !found.isEmpty else { return Redaction(text: text, replacements: []) }
        var output: [Character] = []
        output.reserveCapacity(folded.original.count)
        var replacements: [Redaction.Replacement] = []
        var cursor = 0
        for match in found {
            output.append(contentsOf: folded.original[cursor..<match.range.lowerBound])
            let start = output.count
            output.append(contentsOf: match.pattern.replacement)
            replacements.append(
                Redaction.Replacement(
                    written: String(folded.original[match.range]),
                    replacement: match.pattern.replacement,
                    isCommonWord: match.pattern.isCommonWord,
                    outputRange: start..<output.count))
            cursor = match.range.upperBound
        }
        output.append(contentsOf: folded.original[cursor...])
        return Redaction(text: String(output), replacements: replacements)
    }

    /// Names found outside the placeholders: a code or role that happens to contain a name ("AM-014"
    /// with the alias "AM", "[mother]" for a figure called Mother) is not a name left behind, and
    /// treating it as one would make every export of that client impossible.
    private func nameMatches(in text: FoldedText) -> [NameMatch] {
        let found = matcher.matches(in: text)
        guard !found.isEmpty else { return found }
        let placeholders = ([clientCode] + figureReplacements).filter { !$0.isEmpty }.map { Array($0) }
        var covered: [Range<Int>] = []
        let original = text.original
        for placeholder in placeholders {
            var start = 0
            while start + placeholder.count <= original.count {
                if original[start] == placeholder[0] && original[start..<(start + placeholder.count)].elementsEqual(placeholder) {
                    covered.append(start..<(start + placeholder.count))
                    start += placeholder.count
                } else {
                    start += 1
                }
            }
        }
        guard !covered.isEmpty else { return found }
        return found.filter { match in
            !covered.contains { $0.lowerBound <= match.range.lowerBound && match.range.upperBound <= $0.upperBound }
        }
    }

    private static func patterns(for spellings: [String], replacement: String) -> [NamePattern] {
        spellings.compactMap { spelling in
            let trimmed = spelling.trimmingCharacters(in: .whitespacesAndNewlines)
            let folded = FoldedText.foldPattern(trimmed)
            guard !folded.isEmpty else { return nil }
            let insideWords = folded.contains { character in
                character.unicodeScalars.contains(where: FoldedText.isScriptWithoutWordBoundaries)
            }
            return NamePattern(
                spelling: trimmed,
                folded: folded,
                replacement: replacement,
                matchesInsideWords: insideWords,
                isCommonWord: DeidentificationWordLists.namesThatAreWords.contains(String(folded)))
        }
    }

    /// The parts of a name worth looking for on their own: each word, each half of a hyphenated word.
    /// Single letters (initials) and particles such as "van" or "de" are left out: on their own they
    /// would replace ordinary words and identify nobody.
    static func nameParts(of name: String) -> [String] {
        var parts: [String] = []
        for word in name.split(whereSeparator: { $0.isWhitespace }) {
            let word = String(word).trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
            parts.append(word)
            let halves = word.split(separator: "-").map(String.init)
            if halves.count > 1 { parts.append(contentsOf: halves) }
        }
        return parts.filter { part in
            let folded = String(FoldedText.foldPattern(part))
            let isCJK = part.unicodeScalars.contains(where: FoldedText.isScriptWithoutWordBoundaries)
            return folded.count >= 2 && !DeidentificationWordLists.nameParticles.contains(folded)
                && !(isCJK && part.count < 2)
        }
    }
}
