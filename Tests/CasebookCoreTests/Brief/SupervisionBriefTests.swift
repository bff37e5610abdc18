import Foundation
import XCTest
@testable import CasebookCore

final class SupervisionBriefTests: XCTestCase {
    private var fixture: ExportFixture { ExportFixture.shared }

    func testDeidentifiedBriefNeverContainsAnyClientNameInEitherFormat() throws {
        let names = DemoStoreWriter.names(of: fixture.caseload)
        for clientID in fixture.clientIDs {
            let brief = try SupervisionBrief.build(store: fixture.store, clientID: clientID)
            let markdown = BriefMarkdownRenderer.render(brief)
            let html = BriefHTMLRenderer.render(brief)
            assertNoNames(names, in: markdown, "Markdown brief of \(brief.clientCode)")
            assertNoNames(names, in: html, "HTML brief of \(brief.clientCode)")
            XCTAssertEqual(brief.leaks(in: markdown + html), [])
        }
    }

    func testBriefHasEverySection() throws {
        let brief = try SupervisionBrief.build(store: fixture.store, clientID: fixture.clientIDs[0])
        let markdown = BriefMarkdownRenderer.render(brief)
        for heading in ["## Formulation", "## CCRT", "## Recurring themes", "## Defense profile",
                        "## Transference and countertransference", "## Flagged for supervision", "## Questions for supervision"] {
            XCTAssertTrue(markdown.contains(heading), heading)
        }
        XCTAssertTrue(markdown.contains("Sessions covered: sessions 1–\(fixture.caseload.clients[0].sessions.count)"))
        XCTAssertFalse(brief.themes.isEmpty)
        XCTAssertTrue(brief.flaggedObservations.contains { $0.comment == "Bring to supervision." })
        XCTAssertTrue(markdown.contains("Bring to supervision."))
    }

    func testHTMLBriefIsSelfContainedWellFormedAndPrintable() throws {
        let brief = try SupervisionBrief.build(store: fixture.store, clientID: fixture.clientIDs[0])
        let html = BriefHTMLRenderer.render(brief)
        XCTAssertNil(xmlError(html))
        XCTAssertTrue(html.contains("<svg"), "inline charts")
        XCTAssertTrue(html.contains("ODF per session"))
        XCTAssertTrue(html.contains("@media print"))
        XCTAssertTrue(html.contains("break-before: page"))
        XCTAssertTrue(html.contains("break-inside: avoid"))
        let withoutNamespace = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        XCTAssertFalse(withoutNamespace.contains("http"), "no external URL")
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("<link"))
    }

    func testLongTreatmentHeatMapIsCutIntoChunks() throws {
        let folder = try TemporaryFolder()
        let store = try ExportFixture.emptyStore(in: folder)
        let client = try store.createClient(Client(code: "LT-001", name: "Orla Longstay", intakeDate: Date(timeIntervalSince1970: 1_700_000_000)))
        let defense = try XCTUnwrap(try store.tags(category: .defense).first?.tag)
        for number in 1...130 {
            let session = try store.createSession(clientID: client.id!, startedAt: Date(timeIntervalSince1970: 1_700_000_000 + Double(number) * 86_400))
            if number % 3 == 0 { try store.addObservation(sessionID: session.id!, tagID: defense.id!, intensity: 2) }
        }
        let brief = try SupervisionBrief.build(store: store, clientID: client.id!)
        let level = Double(try XCTUnwrap(defense.level))
        XCTAssertEqual(brief.odfFirstThird, level)
        XCTAssertEqual(brief.odfLastThird, level)
        XCTAssertTrue(BriefMarkdownRenderer.render(brief).contains("ODF moved from"))
        let html = BriefHTMLRenderer.render(brief)
        XCTAssertEqual(html.components(separatedBy: "<figcaption>Sessions ").count - 1, 3, "130 sessions in chunks of 60")
        XCTAssertTrue(html.contains("Sessions 121–130"))
        XCTAssertEqual(html.components(separatedBy: ": clear</title></rect>").count - 1, 43, "one cell per session with the defense")
        XCTAssertNil(xmlError(html))
    }

    func testSessionRangeLimitsWhatTheBriefCovers() throws {
        let brief = try SupervisionBrief.build(store: fixture.store, clientID: fixture.clientIDs[0], sessions: 2...4)
        XCTAssertEqual(brief.sessionsCovered, 2...4)
        XCTAssertEqual(brief.columns.map(\.number), [2, 3, 4])
        XCTAssertTrue(brief.relational.allSatisfy { (2...4).contains($0.session) })
        XCTAssertTrue(brief.themes.allSatisfy { $0.intensities.count == 3 })
    }

    func testIdentifiedBriefKeepsTheNameOnlyWhenAsked() throws {
        let demo = fixture.caseload.clients[0]
        let identified = try SupervisionBrief.build(store: fixture.store, clientID: fixture.clientIDs[0], identified: true)
        XCTAssertTrue(BriefMarkdownRenderer.render(identified).contains(demo.name))
        let deidentified = try SupervisionBrief.build(store: fixture.store, clientID: fixture.clientIDs[0])
        XCTAssertFalse(BriefMarkdownRenderer.render(deidentified).contains(demo.name))
        XCTAssertEqual(deidentified.clientLabel, demo.code)
    }

    func testRenderedOutputWithANameLeftIsRefused() throws {
        let brief = try SupervisionBrief.build(store: fixture.store, clientID: fixture.clientIDs[0])
        let demo = fixture.caseload.clients[0]
        XCTAssertThrowsError(try brief.verify(BriefMarkdownRenderer.render(brief) + "\n" + demo.name.uppercased()))
        XCTAssertNoThrow(try brief.verify(BriefMarkdownRenderer.render(brief)))
    }

    func testAllowedWordsLeaveTheReview() throws {
        let brief = try SupervisionBrief.build(store: fixture.store, clientID: fixture.clientIDs[0])
        let candidate = try XCTUnwrap(brief.review.nameCandidates.first, "the demo notes have capitalised words to review")
        let allowed = try SupervisionBrief.build(store: fixture.store, clientID: fixture.clientIDs[0], allow: [candidate])
        XCTAssertFalse(allowed.review.nameCandidates.contains(candidate))
    }
}
