import Foundation

/// Builds one demo client and all its sessions from its own generator, in time proportional to
/// the number of sessions.
struct DemoClientGenerator {
    let index: Int
    let pattern: DemoPattern?
    let sessionCount: Int
    /// How many assembled passages make one process note: 1 for the demo, more for benchmark-sized notes.
    let paragraphs: Int
    let reference: Date
    var rng: SplitMix64

    private var person = DemoPeople.Person(name: "", aliases: [], pronoun: .she, origin: 0)
    private var figures: [DemoFigure] = []
    private var themes: [String] = []
    private var transferences: [String] = []
    private var countertransferences: [String] = []
    private var defenseCentre = 4
    private var coreWish = "to-be-loved"
    private var coreRO = "rejecting"
    private var coreRS = "disappointed"
    private var dreamsTold = 0
    private var episodesTold = 0

    init(index: Int, pattern: DemoPattern?, sessionCount: Int, paragraphs: Int = 1, reference: Date, rng: SplitMix64) {
        self.paragraphs = max(paragraphs, 1)
        self.index = index
        self.pattern = pattern
        self.sessionCount = sessionCount
        self.reference = reference
        self.rng = rng
    }

    mutating func make() -> DemoClient {
        person = index < DemoPeople.featured.count ? DemoPeople.featured[index] : DemoPeople.person(&rng)
        figures = makeFigures()
        themes = pickDistinct(DemoCaseload.themes.filter { $0.category == .theme }.map(\.slug), count: 3)
        transferences = pickDistinct(Self.slugs(.transference), count: 2)
        countertransferences = pickDistinct(Self.slugs(.countertransference), count: 2)
        defenseCentre = rng.int(in: 3...6)
        if pattern == .repeatingCCRT {
            (coreWish, coreRO, coreRS) = ("to-be-loved", "rejecting", "disappointed")
        } else {
            coreWish = rng.pick(DemoProse.wishes).0
            coreRO = rng.pick(DemoProse.responsesOfOther).0
            coreRS = rng.pick(DemoProse.responsesOfSelf).0
        }
        let frequency = makeFrequency()
        let intake = reference.addingTimeInterval(Double(rng.int(in: 0...364)) * 86_400 + Double(rng.int(in: 8...18)) * 3_600)
        let concern = rng.pick(DemoProse.concerns)
        let sessions = makeSessions(intake: intake, frequency: frequency)
        let letters = Array("ABCDEFGHJKLMNPRSTVWZ")
        let code = String([rng.pick(letters), rng.pick(letters)]) + "-" + Self.padded(index + 1)
        let statusRoll = rng.int(in: 0...99)
        return DemoClient(
            code: code, name: person.name, aliases: person.aliases, birthYear: rng.int(in: 1952...2004),
            intakeDate: intake, status: statusRoll < 75 ? "active" : statusRoll < 85 ? "paused" : "closed",
            frequency: frequency, presentingConcerns: concern.prefix(1).uppercased() + concern.dropFirst(),
            supervisionQuestions: makeSupervisionQuestions(), figures: figures,
            formulation: makeFormulation(concern: concern), sessions: sessions, pattern: pattern)
    }

    private mutating func makeFigures() -> [DemoFigure] {
        var roles = ["mother"]
        if pattern == .repeatingCCRT { roles += ["partner", "boss"] }
        let extra = rng.int(in: 2...4)
        var candidates = DemoPeople.roles.filter { !roles.contains($0) }
        while roles.count < extra + 1 && !candidates.isEmpty {
            roles.append(candidates.remove(at: rng.int(in: 0...(candidates.count - 1))))
        }
        // Figures never share a name with each other or with the client, so a name in a note is unambiguous.
        var used: Set<String> = [person.name, String(person.name.split(separator: " ").first ?? "")]
        var result: [DemoFigure] = []
        for role in roles {
            var name = DemoPeople.figureName(role: role, origin: person.origin, &rng)
            var attempts = 0
            while used.contains(name) && attempts < 12 {
                let origin = attempts < 6 ? person.origin : rng.int(in: 0...(DemoPeople.origins.count - 1))
                name = DemoPeople.figureName(role: role, origin: origin, &rng)
                attempts += 1
            }
            used.insert(name)
            result.append(DemoFigure(role: role, name: name))
        }
        return result
    }

    private mutating func makeFrequency() -> String {
        switch pattern {
        case .maturingDefenses: return "2×/week"
        case .transferenceShift, .repeatingCCRT: return "1×/week"
        case .dreamSeries: return "3×/week"
        case nil:
            // Only an intensive analysis reaches a thousand sessions in a career.
            if sessionCount >= 700 { return "4×/week" }
            let roll = rng.int(in: 0...99)
            return roll < 60 ? "1×/week" : roll < 80 ? "2×/week" : roll < 90 ? "every 2 weeks" : roll < 95 ? "3×/week" : "4×/week"
        }
    }

    private static func intervals(_ frequency: String) -> [Int] {
        switch frequency {
        case "2×/week": [3, 4]
        case "3×/week": [2, 2, 3]
        case "4×/week": [1, 1, 1, 4]
        case "every 2 weeks": [14]
        default: [7]
        }
    }

    private mutating func makeSupervisionQuestions() -> String {
        switch pattern {
        case .maturingDefenses: return "Is the shift toward humour and self-observation real change or compliance with me?"
        case .transferenceShift: return "The idealisation has turned to contempt since the middle of treatment. How to stay with the negative transference without retaliating?"
        case .repeatingCCRT: return "The same episode, being unseen and then going flat, recurs with mother, partner, boss and me. How to interpret it in the here and now?"
        case .dreamSeries: return "How to use the dream series: follow the locked room or wait?"
        case nil: return pickDistinct(DemoProse.supervisionQuestions, count: rng.int(in: 1...2)).joined(separator: "\n")
        }
    }

    private mutating func makeFormulation(concern: String) -> DemoFormulation {
        let mother = figures[0]
        let family = figures.filter { ["father", "grandmother", "sister", "brother"].contains($0.role) }
        let childhood = family.first.map {
            "; \($0.name) (\($0.role)) remembered as " + rng.pick(["distant", "unpredictable", "warm but often away", "critical", "fragile"]) + "."
        } ?? ", an only child."

        let style: String
        if pattern == .maturingDefenses {
            style = "Early on action and disavowal defenses (acting out, splitting, projection); increasingly humour, anticipation and self-observation."
        } else if let level = DMRSLevel(rawValue: defenseCentre) {
            let examples = level.defenses.prefix(2).map { $0.name.lowercased() }.joined(separator: ", ")
            style = "Predominantly \(level.name.lowercased()) defenses (\(examples))."
        } else {
            style = "Mixed defensive style."
        }
        let ccrt = [(coreWish, TagCategory.ccrtWish, "W"), (coreRO, .ccrtRO, "RO"), (coreRS, .ccrtRS, "RS")]
            .map { slug, category, label in "\(label): \(BuiltinCodebook.tag(slug: slug, category: category)?.name.lowercased() ?? slug)" }
            .joined(separator: "; ")
        return DemoFormulation(
            presentingProblem: "Presents with \(concern).",
            coreConflict: fill(rng.pick(DemoProse.conflicts), figure: mother.name) + ".",
            ccrtSummary: ccrt + ".",
            defensiveStyle: style,
            development: "Raised mainly by \(mother.name) (\(mother.role))" + childhood,
            treatmentGoals: rng.pick([
                "Tolerate closeness without withdrawing; reduce depressive episodes.",
                "Recognise the repeating relationship pattern as it happens; return to work.",
                "Feel and name anger without acting on it; stabilise sleep and mood.",
                "Mourn the losses that have been put aside; widen the range of relationships.",
            ]))
    }

    private mutating func makeSessions(intake: Date, frequency: String) -> [DemoSession] {
        let gaps = Self.intervals(frequency)
        var sessions: [DemoSession] = []
        sessions.reserveCapacity(sessionCount)
        var day = 0
        let baseline = (phq: rng.int(in: 8...20), gad: rng.int(in: 6...16))
        for k in 0..<sessionCount {
            let progress = sessionCount > 1 ? Double(k) / Double(sessionCount - 1) : 0
            let number = k + 1
            let date = intake.addingTimeInterval(Double(day) * 86_400)
            day += gaps[k % gaps.count]
            let roll = rng.int(in: 0...99)
            let attendance = number == 1 ? "attended" : roll < 7 ? "cancelled" : roll < 10 ? "no-show" : "attended"
            let modalityRoll = rng.int(in: 0...99)
            let modality = modalityRoll < 72 ? "in-person" : modalityRoll < 94 ? "video" : "phone"
            let duration = number == 1 ? 60 : rng.chance(0.85) ? 50 : 45
            guard attendance == "attended" else {
                sessions.append(missedSession(number: number, date: date, attendance: attendance, modality: modality, duration: duration))
                continue
            }
            var episodes: [DemoEpisode] = []
            var process = processNote(session: k, progress: progress, episodes: &episodes)
            for _ in 1..<paragraphs {
                process += "\n\n" + processNote(session: k, progress: progress, episodes: &episodes)
            }
            var measures: [DemoMeasure] = []
            if number == 1 || number % 4 == 0 {
                let relief = 1 - 0.55 * progress
                measures.append(DemoMeasure(instrument: "PHQ-9", score: min(27, max(0, Int(Double(baseline.phq) * relief) + rng.int(in: -2...2)))))
                measures.append(DemoMeasure(instrument: "GAD-7", score: min(21, max(0, Int(Double(baseline.gad) * relief) + rng.int(in: -2...2)))))
            }
            let elevated = rng.chance(0.02)
            let flagged = elevated || rng.chance(0.04) || (pattern == .transferenceShift && k == sessionCount / 2)
            let record = recordNote(duration: duration, modality: modality, elevated: elevated, measures: measures, frequency: frequency)
            sessions.append(DemoSession(number: number, date: date, durationMinutes: duration, attendance: attendance,
                                        modality: modality, processNote: process, recordNote: record,
                                        flaggedForSupervision: flagged, measures: measures, episodes: episodes))
        }
        return sessions
    }

    private mutating func missedSession(number: Int, date: Date, attendance: String, modality: String, duration: Int) -> DemoSession {
        let record: String
        var process = ""
        if attendance == "cancelled" {
            let reason = rng.pick(["illness", "work commitment", "childcare", "travel", "no reason given"])
            record = "Cancelled by client (\(reason)). No session held. Plan: next session as scheduled."
        } else {
            record = "Did not attend, no message. Letter sent offering the next session. Risk: no indication of increased risk; to review at next contact."
            if rng.chance(0.5) {
                let figure = rng.pick(figures)
                process = fill("{S} did not come. I wondered whether the absence says what {s} cannot say about {f}", figure: figure.name)
                    + " #" + rng.pick(["acting-out", "passive-aggression"]) + "?"
            }
        }
        return DemoSession(number: number, date: date, durationMinutes: duration, attendance: attendance, modality: modality,
                           processNote: process, recordNote: record, flaggedForSupervision: false, measures: [], episodes: [])
    }

    private mutating func recordNote(duration: Int, modality: String, elevated: Bool, measures: [DemoMeasure], frequency: String) -> String {
        var note = "Attended \(duration)-minute \(modality) session. Interventions: "
        note += pickDistinct(DemoProse.interventions, count: rng.int(in: 1...3)).joined(separator: "; ")
        note += ". Risk: " + (elevated ? rng.pick(DemoProse.elevatedRisks) : rng.pick(DemoProse.risks))
        if !measures.isEmpty {
            note += " Measures: " + measures.map { "\($0.instrument) \($0.score)" }.joined(separator: ", ") + "."
        }
        note += " Plan: continue \(frequency)" + (elevated ? ", review safety plan next session." : ".")
        return note
    }

    private mutating func processNote(session k: Int, progress: Double, episodes: inout [DemoEpisode]) -> String {
        var sentences: [String] = []
        sentences.reserveCapacity(8)
        if rng.chance(0.7) { sentences.append(plain(rng.pick(DemoProse.openings))) }
        for _ in 0..<rng.int(in: 1...2) {
            let theme = rng.chance(0.8) ? rng.pick(themes) : rng.pick(DemoProse.themes).0
            sentences.append(tagged(clause(DemoProse.themes, theme), [theme]))
        }
        let defenseCount = pattern == .maturingDefenses ? 2 : rng.int(in: 1...2)
        for _ in 0..<defenseCount {
            let slug = defenseSlug(progress: progress)
            sentences.append(tagged(clause(DemoProse.defenses, slug), [slug], category: "defense"))
        }
        if let slug = transferenceSlug(progress: progress) {
            sentences.append(tagged(clause(DemoProse.transference, slug), [slug], category: "transference"))
        }
        if let slug = countertransferenceSlug(progress: progress) {
            sentences.append(tagged(clause(DemoProse.countertransference, slug), [slug], category: "countertransference"))
        }
        if pattern == .dreamSeries ? k % 3 == 1 : rng.chance(0.04) {
            let series = DemoProse.dreams
            let dream = pattern == .dreamSeries ? series[min(dreamsTold, series.count - 1)] : rng.pick(series.prefix(5).map { $0 })
            dreamsTold += 1
            sentences.append(tagged(fill(dream, figure: rng.pick(figures).name), ["dream"]))
        }
        if rng.chance(0.08) {
            sentences.append(tagged(fill(rng.pick(DemoProse.memories), figure: rng.pick(figures).name), ["early-memory"]))
        }
        if pattern == .repeatingCCRT || rng.chance(0.4) {
            let episode = makeEpisode()
            episodes.append(episode)
            var tags: [String] = []
            if pattern == .repeatingCCRT || rng.chance(0.6) {
                tags = [mark(episode.wishSlug, category: rng.chance(0.2) ? "ccrt_wish" : nil),
                        mark(episode.roSlug, category: rng.chance(0.2) ? "ccrt_ro" : nil),
                        mark(episode.rsSlug, category: rng.chance(0.2) ? "ccrt_rs" : nil)]
            }
            sentences.append(tags.isEmpty ? episode.narrative + "." : episode.narrative + " " + tags.joined(separator: " ") + ".")
        }
        if sentences.count < 8 && rng.chance(0.5) { sentences.append(plain(rng.pick(DemoProse.closings))) }
        while sentences.count > 8 { sentences.remove(at: 1) }

        var note = ""
        note.reserveCapacity(sentences.reduce(0) { $0 + $1.utf8.count + 2 })
        for (i, sentence) in sentences.enumerated() {
            if i > 0 && !note.hasSuffix("\n") { note += rng.chance(0.15) ? "\n\n" : " " }
            note += sentence
        }
        while note.hasSuffix("\n") { note.removeLast() }
        return note
    }

    private mutating func makeEpisode() -> DemoEpisode {
        let figure: DemoFigure?
        if pattern == .repeatingCCRT {
            let cycle: [String?] = ["mother", "partner", "boss", nil]
            figure = cycle[episodesTold % cycle.count].flatMap { role in figures.first { $0.role == role } }
        } else {
            figure = rng.chance(0.15) ? nil : rng.pick(figures)
        }
        episodesTold += 1
        let core = pattern == .repeatingCCRT ? rng.chance(0.9) : rng.chance(0.6)
        let wish = core ? coreWish : rng.pick(DemoProse.wishes).0
        let ro = core ? DemoProse.responsesOfOther.first { $0.0 == coreRO }! : rng.pick(DemoProse.responsesOfOther)
        let rs = core ? DemoProse.responsesOfSelf.first { $0.0 == coreRS }! : rng.pick(DemoProse.responsesOfSelf)
        let wishText = DemoProse.wishes.first { $0.0 == wish }!.1
        let object = figure?.name ?? "me"
        let subject = figure?.name ?? "I"
        let scene = figure.map { "With " + (person.pronoun == .she ? "her " : "his ") + $0.role } ?? "Here with me"
        let narrative = scene + ", " + fill(wishText, figure: object, capitalized: false) + ", but "
            + fill(ro.1, figure: subject, capitalized: false) + ", and " + fill(rs.1, figure: object, capitalized: false)
        return DemoEpisode(figureRole: figure?.role, narrative: narrative, wishSlug: wish, roSlug: ro.0, roPositive: ro.2,
                           rsSlug: rs.0, rsPositive: rs.2)
    }

    private mutating func defenseSlug(progress: Double) -> String {
        let centre = pattern == .maturingDefenses ? 1.5 + 5.0 * progress : Double(defenseCentre)
        let jitter = Double(rng.int(in: -100...100)) / 100
        let level = min(7, max(1, Int((centre + jitter).rounded())))
        return rng.pick(Self.defensesByLevel[level])
    }

    private mutating func transferenceSlug(progress: Double) -> String? {
        if pattern == .transferenceShift {
            guard rng.chance(0.85) else { return nil }
            return progress < 0.5 ? rng.pick(["idealizing", "idealizing", "positive", "mirroring"]) : rng.pick(["negative", "negative", "angry-entitled"])
        }
        return rng.chance(0.3) ? rng.pick(transferences) : nil
    }

    private mutating func countertransferenceSlug(progress: Double) -> String? {
        if pattern == .transferenceShift && rng.chance(0.5) {
            return progress < 0.5 ? rng.pick(["ct-positive", "special-overinvolved"]) : rng.pick(["criticized-mistreated", "helpless-inadequate"])
        }
        return rng.chance(0.25) ? rng.pick(countertransferences) : nil
    }

    private mutating func clause(_ table: [(String, [String])], _ slug: String) -> String {
        let options = table.first { $0.0 == slug }?.1 ?? ["{S} returned to it again"]
        return fill(rng.pick(options), figure: rng.pick(figures).name)
    }

    private func plain(_ template: String) -> String { fill(template, figure: figures[0].name) + "." }

    /// A sentence carrying `slugs`, written in one of the ways clinicians place tags: before the
    /// period, in brackets, or after the period at the end of the line.
    private mutating func tagged(_ clause: String, _ slugs: [String], category: String? = nil) -> String {
        let tags = slugs.map { mark($0, category: category != nil && rng.chance(0.1) ? category : nil) }.joined(separator: " ")
        let form = rng.int(in: 0...99)
        if form < 60 { return clause + " " + tags + "." }
        if form < 80 { return clause + " (" + tags + ")." }
        return clause + ". " + tags + "\n"
    }

    private mutating func mark(_ slug: String, category: String?) -> String {
        let roll = rng.int(in: 0...99)
        let intensity = roll < 15 ? "?" : roll < 25 ? "!" : ""
        return "#" + (category.map { $0 + "/" } ?? "") + slug + intensity
    }

    private func fill(_ template: String, figure: String, capitalized: Bool = true) -> String {
        let she = person.pronoun == .she
        var out = String.UnicodeScalarView()
        var scalars = template.unicodeScalars.makeIterator()
        while let c = scalars.next() {
            guard c == "{" else { out.append(c); continue }
            let key = scalars.next()
            _ = scalars.next()
            let word: String = switch key {
            case "S": she ? "She" : "He"
            case "s": she ? "she" : "he"
            case "o": she ? "her" : "him"
            case "p": she ? "her" : "his"
            case "f": figure
            default: "?"
            }
            out.append(contentsOf: word.unicodeScalars)
        }
        if capitalized, let first = out.first, first.properties.isLowercase {
            out.replaceSubrange(out.startIndex..<out.index(after: out.startIndex), with: first.properties.uppercaseMapping.unicodeScalars)
        }
        return String(out)
    }

    private mutating func pickDistinct<T>(_ items: [T], count: Int) -> [T] {
        var pool = items
        var picked: [T] = []
        while picked.count < count && !pool.isEmpty {
            picked.append(pool.remove(at: rng.int(in: 0...(pool.count - 1))))
        }
        return picked
    }

    private static func slugs(_ category: TagCategory) -> [String] {
        BuiltinCodebook.tags.filter { $0.category == category }.map(\.slug)
    }

    private static let defensesByLevel: [[String]] = (0...7).map { level in
        BuiltinCodebook.defenses.filter { $0.level == level }.map(\.slug)
    }

    private static func padded(_ number: Int) -> String {
        let digits = String(number)
        return digits.count >= 3 ? digits : String(repeating: "0", count: 3 - digits.count) + digits
    }
}
