/// What the clinician reads before a de-identified export leaves the app (SPEC §7).
public struct DeidentificationReview: Hashable, Sendable {
    /// A name that is also an English word ("Rose", "Will") was replaced; some hits may be the word.
    public struct AmbiguousReplacement: Hashable, Sendable {
        /// The name in folded form ("rose").
        public var name: String
        public var replacement: String
        public var count: Int
        /// A few stretches of redacted text around the replacements, to judge them by.
        public var examples: [String]
    }

    public var ambiguousReplacements: [AmbiguousReplacement]
    /// Capitalised words that might be names Casebook does not know, most frequent first.
    public var nameCandidates: [String]

    /// Nothing for the clinician to look at.
    public var isEmpty: Bool { ambiguousReplacements.isEmpty && nameCandidates.isEmpty }
}

extension Deidentifier {
    /// Capitalised words in `text` that may be names nobody told Casebook about, most frequent first.
    /// `allowed` holds words the clinician has accepted (`--allow NAME`). Known names and the
    /// placeholders that replaced them are never listed, so this works on original or redacted text.
    public func nameCandidates(in text: String, allowed: Set<String>) -> [String] {
        NameCandidateFinder(knownNames: knownNameWords, placeholders: placeholders).candidates(in: text, allowed: allowed)
    }

    /// Redacts `texts` and gathers what the clinician should check: replacements of names that are also
    /// words, and capitalised words that might be unknown names.
    public func review(of texts: [String], allowed: Set<String> = []) -> DeidentificationReview {
        var ambiguous: [String: DeidentificationReview.AmbiguousReplacement] = [:]
        var order: [String] = []
        var redactedTexts: [String] = []
        for text in texts {
            let redaction = redaction(of: text)
            redactedTexts.append(redaction.text)
            for replacement in redaction.replacements where replacement.isCommonWord {
                let key = String(FoldedText.foldPattern(replacement.written))
                if ambiguous[key] == nil {
                    order.append(key)
                    ambiguous[key] = .init(name: key, replacement: replacement.replacement, count: 0, examples: [])
                }
                ambiguous[key]?.count += 1
                if let examples = ambiguous[key]?.examples, examples.count < 3 {
                    ambiguous[key]?.examples.append(redaction.context(of: replacement))
                }
            }
        }
        return DeidentificationReview(
            ambiguousReplacements: order.compactMap { ambiguous[$0] },
            nameCandidates: nameCandidates(in: redactedTexts.joined(separator: "\n\n"), allowed: allowed))
    }

    private var knownNameWords: Set<String> {
        var names = [clientName] + aliases + figures.map(\.name)
        names += Deidentifier.nameParts(of: clientName)
        names += figures.flatMap { Deidentifier.nameParts(of: $0.name) }
        names += aliases.flatMap { $0.split(whereSeparator: { $0.isWhitespace }).map(String.init) }
        return Set(names.map { String(FoldedText.foldPattern($0)) })
    }

    private var placeholders: [String] {
        [clientCode, "[date]", "[year]"] + figureReplacements
    }
}
