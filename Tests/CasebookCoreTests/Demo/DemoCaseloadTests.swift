import XCTest
@testable import CasebookCore

final class DemoCaseloadTests: XCTestCase {
    private static let demo = DemoCaseload.generate()

    private func client(_ pattern: DemoPattern) throws -> DemoClient {
        try XCTUnwrap(Self.demo.clients.first { $0.pattern == pattern })
    }

    private func tags(_ client: DemoClient, in sessions: ArraySlice<DemoSession>) -> [InlineTag] {
        sessions.flatMap { InlineTagParser.parse($0.processNote) }
    }

    func testSameSeedGivesTheSameCaseloadAndAnotherSeedADifferentOne() {
        XCTAssertEqual(DemoCaseload.generate(seed: 1), Self.demo)
        XCTAssertEqual(DemoCaseload.generate(clients: 5, seed: 42), DemoCaseload.generate(clients: 5, seed: 42))
        let other = DemoCaseload.generate(seed: 2)
        XCTAssertNotEqual(other, Self.demo)
        XCTAssertNotEqual(other.clients.map(\.code), Self.demo.clients.map(\.code))
        XCTAssertNotEqual(other.clients[0].sessions.map(\.processNote), Self.demo.clients[0].sessions.map(\.processNote))
    }

    func testDefaultCaseloadHasTwelveClientsWithTwentyToEightySessions() {
        XCTAssertEqual(Self.demo.clients.count, 12)
        for client in Self.demo.clients {
            XCTAssertTrue((20...80).contains(client.sessions.count), client.code)
            XCTAssertEqual(client.sessions.map(\.number), Array(1...client.sessions.count), client.code)
        }
        let custom = DemoCaseload.generate(clients: 3, sessionsPerClient: 5...6, seed: 9)
        XCTAssertEqual(custom.clients.count, 3)
        XCTAssertTrue(custom.clients.allSatisfy { (5...6).contains($0.sessions.count) })
        XCTAssertEqual(DemoCaseload.generate(clients: 0).clients.count, 0)
    }

    func testClientCodesAreUniqueEvenInALargeCaseload() {
        let large = DemoCaseload.generate(clients: 300, sessionsPerClient: 1...2, seed: 7)
        let codes = large.clients.map(\.code)
        XCTAssertEqual(Set(codes).count, codes.count)
        for code in codes {
            XCTAssertNotNil(code.range(of: #"^[A-Z]{2}-\d{3,}$"#, options: .regularExpression), code)
        }
    }

    func testEveryInlineTagInTheDemoResolvesToABuiltinOrDemoCode() {
        let known = Set(BuiltinCodebook.tags.map(\.slug) + DemoCaseload.themes.map(\.slug))
        var count = 0
        for seed: UInt64 in [1, 2, 3] {
            for client in DemoCaseload.generate(seed: seed).clients {
                for session in client.sessions {
                    for tag in InlineTagParser.parse(session.processNote) {
                        count += 1
                        XCTAssertTrue(known.contains(tag.slug), "\(client.code) #\(session.number): \(tag.slug)")
                        if let category = tag.category {
                            XCTAssertNotNil(tag.tagCategory, category)
                        }
                    }
                    XCTAssertFalse(session.recordNote.contains("#"), "record notes carry no tags")
                }
            }
        }
        XCTAssertGreaterThan(count, 1_000)
    }

    func testEveryTaggedSentenceHasEvidence() {
        for client in Self.demo.clients {
            for session in client.sessions {
                for tag in InlineTagParser.parse(session.processNote) {
                    XCTAssertFalse(tag.evidence.isEmpty, "\(client.code) #\(session.number) \(tag.slug)")
                    XCTAssertFalse(tag.evidence.contains("#"), tag.evidence)
                }
            }
        }
    }

    func testDemoThemeSlugsDoNotShadowBuiltins() {
        let builtin = Set(BuiltinCodebook.tags.map(\.slug))
        for theme in DemoCaseload.themes {
            XCTAssertFalse(builtin.contains(theme.slug), theme.slug)
            XCTAssertEqual(InlineTagParser.parse("#\(theme.slug)").map(\.slug), [theme.slug])
        }
        XCTAssertTrue(DemoCaseload.themes.contains { $0.slug == "abandonment" && $0.category == .theme })
    }

    func testMaturingClientsDefensesRiseFromActionToHighAdaptive() throws {
        let client = try client(.maturingDefenses)
        func meanLevel(_ sessions: ArraySlice<DemoSession>) -> Double {
            let levels = tags(client, in: sessions).compactMap { BuiltinCodebook.tag(slug: $0.slug, category: .defense)?.level }
            return Double(levels.reduce(0, +)) / Double(max(levels.count, 1))
        }
        let third = client.sessions.count / 3
        let early = meanLevel(client.sessions.prefix(third))
        let late = meanLevel(client.sessions.suffix(third))
        XCTAssertLessThan(early, 3.5)
        XCTAssertGreaterThan(late, 5.5)
    }

    func testTransferenceTurnsFromIdealizingToNegativeAroundTheMiddle() throws {
        let client = try client(.transferenceShift)
        let half = client.sessions.count / 2
        let first = tags(client, in: client.sessions.prefix(half)).map(\.slug)
        let second = tags(client, in: client.sessions.suffix(from: half)).map(\.slug)
        XCTAssertTrue(first.contains("idealizing"))
        XCTAssertFalse(first.contains("negative"))
        XCTAssertTrue(second.contains("negative"))
        XCTAssertFalse(second.contains("idealizing"))
    }

    func testRepeatingCCRTAppearsWithMotherPartnerBossAndTherapist() throws {
        let client = try client(.repeatingCCRT)
        let core = client.sessions.flatMap(\.episodes).filter {
            $0.wishSlug == "to-be-loved" && $0.roSlug == "rejecting" && $0.rsSlug == "disappointed"
        }
        let roles = Set(core.map { $0.figureRole ?? "therapist" })
        XCTAssertEqual(roles, ["mother", "partner", "boss", "therapist"])
        XCTAssertTrue(core.allSatisfy { !$0.roPositive && !$0.rsPositive })
        let episodes = client.sessions.flatMap(\.episodes)
        XCTAssertGreaterThan(Double(core.count) / Double(episodes.count), 0.7)
    }

    func testDreamSeriesClientBringsManyDreams() throws {
        let client = try client(.dreamSeries)
        let dreams = client.sessions.filter { session in InlineTagParser.parse(session.processNote).contains { $0.slug == "dream" } }
        XCTAssertGreaterThanOrEqual(dreams.count, 5)
    }

    func testAttendanceFlagsAndMeasuresAreVaried() {
        let sessions = Self.demo.clients.flatMap(\.sessions)
        XCTAssertTrue(sessions.contains { $0.attendance == "cancelled" })
        XCTAssertTrue(sessions.contains { $0.attendance == "no-show" })
        XCTAssertTrue(sessions.contains { $0.flaggedForSupervision })
        XCTAssertLessThan(sessions.filter(\.flaggedForSupervision).count, sessions.count / 5)
        XCTAssertEqual(Set(sessions.map(\.modality)), ["in-person", "video", "phone"])
        XCTAssertTrue(sessions.filter { $0.attendance == "cancelled" }.allSatisfy { $0.processNote.isEmpty && $0.measures.isEmpty })
        for measure in sessions.flatMap(\.measures) {
            XCTAssertTrue(measure.instrument == "PHQ-9" ? (0...27).contains(measure.score) : (0...21).contains(measure.score))
        }
    }

    func testSessionDatesMoveForwardAtTheClientsFrequency() {
        for client in Self.demo.clients {
            let dates = client.sessions.map(\.date)
            XCTAssertEqual(dates.first, client.intakeDate)
            XCTAssertTrue(zip(dates, dates.dropFirst()).allSatisfy { $0 < $1 }, client.code)
            let days = dates.last!.timeIntervalSince(dates.first!) / 86_400 / Double(dates.count - 1)
            let expected: Double = switch client.frequency {
            case "2×/week": 3.5
            case "3×/week": 7.0 / 3
            case "4×/week": 1.75
            case "every 2 weeks": 14
            default: 7
            }
            XCTAssertEqual(days, expected, accuracy: 1.0, client.code)
        }
    }

    func testProcessNotesAreProseOfThreeToEightSentencesNamingFigures() {
        for client in Self.demo.clients {
            let names = client.figures.map(\.name)
            let attended = client.sessions.filter { $0.attendance == "attended" }
            XCTAssertTrue(attended.contains { session in names.contains { session.processNote.contains($0) } }, client.code)
            for session in attended {
                let sentences = Set(InlineTagParser.parse(session.processNote).map(\.sentenceSpan)).count
                XCTAssertGreaterThanOrEqual(sentences, 2, session.processNote)
                XCTAssertLessThanOrEqual(sentences, 8, session.processNote)
                XCTAssertFalse(session.recordNote.isEmpty)
                XCTAssertFalse(session.processNote.contains("{"), session.processNote)
            }
        }
        let notes = Self.demo.clients.flatMap(\.sessions).map(\.processNote).filter { !$0.isEmpty }
        XCTAssertGreaterThan(Set(notes).count, notes.count * 9 / 10, "notes should rarely repeat")
    }

    func testNamesIncludeAccentedAndNonLatinScriptsWithAliases() {
        let names = Self.demo.clients.map(\.name)
        XCTAssertTrue(names.contains { $0.unicodeScalars.contains { !$0.isASCII } })
        XCTAssertTrue(names.contains { $0.unicodeScalars.contains { $0.properties.generalCategory == .otherLetter } }, "CJK, Hebrew or Arabic")
        XCTAssertTrue(names.contains { $0.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } }, "Cyrillic")
        XCTAssertTrue(Self.demo.clients.allSatisfy { !$0.aliases.isEmpty && !$0.figures.isEmpty })
        XCTAssertTrue(Self.demo.clients.flatMap(\.figures).allSatisfy { !$0.name.isEmpty && !$0.role.isEmpty })
        XCTAssertGreaterThan(Set(names).count, 10)
    }

    func testFormulationAndSupervisionFieldsAreFilled() {
        for client in Self.demo.clients {
            let f = client.formulation
            for field in [f.presentingProblem, f.coreConflict, f.ccrtSummary, f.defensiveStyle, f.development, f.treatmentGoals,
                          client.presentingConcerns, client.supervisionQuestions] {
                XCTAssertFalse(field.isEmpty, client.code)
                XCTAssertFalse(field.contains("{"), field)
            }
        }
    }

    func testCareerScaleHasTheBenchmarkShape() {
        let career = DemoCaseload.career(seed: 3)
        XCTAssertEqual(career.clients.count, 1_000)
        XCTAssertEqual(career.clients.reduce(0) { $0 + $1.sessions.count }, 36_000)
        let longest = career.clients.max { $0.sessions.count < $1.sessions.count }
        XCTAssertEqual(longest?.sessions.count, 1_300)
        XCTAssertEqual(longest?.frequency, "4×/week")
        let attended = career.clients[0].sessions.filter { $0.attendance == "attended" }
        let meanLength = attended.reduce(0) { $0 + $1.processNote.count + $1.recordNote.count } / max(attended.count, 1)
        XCTAssertTrue((1_200...3_000).contains(meanLength), "\(meanLength) characters per session")
    }

    func testExplicitSessionCountsAreHonoured() {
        let caseload = DemoCaseload.generate(sessionCounts: [3, 0, 7], seed: 5)
        XCTAssertEqual(caseload.clients.map(\.sessions.count), [3, 0, 7])
    }
}
