import Foundation
import XCTest
@testable import CasebookCore

final class StoreCodebookTests: XCTestCase {
    func testSlugsResolveBareQualifiedAmbiguousAndUnknown() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        guard case .tag(let humor) = try store.resolveSlug("#humor") else { return XCTFail("humor") }
        XCTAssertEqual(humor.category, .defense)
        XCTAssertEqual(humor.level, 7)
        guard case .ambiguous(let both) = try store.resolveSlug("#positive") else { return XCTFail("positive") }
        XCTAssertEqual(Set(both.map(\.category)), [.transference, .countertransference])
        guard case .tag(let qualified) = try store.resolveSlug("#transference/positive") else { return XCTFail("qualified") }
        XCTAssertEqual(qualified.category, .transference)
        XCTAssertEqual(try store.resolveSlug("#envy"), .unknown)
        XCTAssertEqual(try store.resolveSlug("#nonsense/humor"), .unknown)
    }

    func testThemesNestAndDuplicatesAreRefused() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let loss = try store.addTag(category: .theme, name: "Loss", slug: "loss")
        let abandonment = try store.addTag(category: .theme, name: "Abandonment", slug: "Abandonment", parentID: loss.id)
        XCTAssertEqual(abandonment.slug, "abandonment")
        XCTAssertEqual(abandonment.parentID, loss.id)
        XCTAssertThrowsError(try store.addTag(category: .theme, name: "Again", slug: "loss")) { error in
            XCTAssertEqual(error as? StoreError, .duplicateTag(category: .theme, slug: "loss"))
        }
        XCTAssertThrowsError(try store.setTagParent(loss.id!, abandonment.id)) { error in
            guard case .invalidParent = error as? StoreError else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try store.addTag(category: .theme, name: "Bad", slug: "two words"))
    }

    func testRenameArchiveColorAndUsageCountsShowInTheList() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        let humor = try tagID(store, "humor")
        try store.addObservation(sessionID: session.id!, tagID: humor, evidence: "Joked about the bill.")
        try store.renameTag(humor, to: "Humour")
        try store.setTagColor(humor, "#ffaa00")
        try store.setTagDescription(humor, "Mature humour.")
        let listed = try store.tags(category: .defense).first { $0.tag.id == humor }
        XCTAssertEqual(listed?.tag.name, "Humour")
        XCTAssertEqual(listed?.tag.color, "#ffaa00")
        XCTAssertEqual(listed?.uses, 1)
        try store.setTagArchived(humor, true)
        XCTAssertFalse(try store.tags(category: .defense).contains { $0.tag.id == humor })
        XCTAssertTrue(try store.tags(category: .defense, includeArchived: true).contains { $0.tag.id == humor })
        // Archived codes still resolve, so old notes keep their observations.
        XCTAssertEqual(try tagID(store, "#humor"), humor)
    }

    func testMergeMovesObservationsAndTheOldSlugFollowsTheSurvivor() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        let envy = try store.addTag(category: .theme, name: "Envy", slug: "envy")
        let jealousy = try store.addTag(category: .theme, name: "Jealousy", slug: "jealousy")
        try store.addObservation(sessionID: session.id!, tagID: jealousy.id!, evidence: "Her sister's new job.")
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Spoke of the neighbours #jealousy", visit: EditingVisit())
        let moved = try store.mergeTag(jealousy.id!, into: envy.id!)
        XCTAssertEqual(moved, 2)
        XCTAssertEqual(Set(try store.observations(sessionID: session.id!).map(\.tag.slug)), ["envy"])
        XCTAssertEqual(try tagID(store, "#jealousy"), envy.id)
        XCTAssertFalse(try store.tags(category: .theme, includeArchived: true).contains { $0.tag.id == jealousy.id })
        // Saving the note again keeps the merged observation instead of reporting #jealousy unknown.
        let result = try store.saveNote(
            sessionID: session.id!, layer: .process, text: "Spoke of the neighbours again #jealousy", visit: EditingVisit())
        XCTAssertEqual(result.unknownSlugs, [])
        XCTAssertEqual(try store.observations(sessionID: session.id!).filter { $0.observation.source == .inline }.count, 1)
        XCTAssertThrowsError(try store.mergeTag(envy.id!, into: envy.id!))
    }

    func testBuiltinCodesCanBeArchivedButNeverDeleted() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let denial = try tagID(store, "denial")
        XCTAssertThrowsError(try store.deleteTag(denial)) { error in
            XCTAssertEqual(error as? StoreError, .builtinTagNotDeletable("defense/denial"))
            XCTAssertTrue("\(error)".contains("archive"))
        }
        XCTAssertEqual(try store.setTagArchived(denial, true).archived, true)
        XCTAssertNotNil(try store.tag(id: denial))
    }

    func testOwnCodeInUseCannotBeDeletedButAnUnusedOneCan() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        let used = try store.addTag(category: .theme, name: "Shame", slug: "shame")
        let unused = try store.addTag(category: .theme, name: "Typo", slug: "shmae")
        try store.addObservation(sessionID: session.id!, tagID: used.id!)
        XCTAssertThrowsError(try store.deleteTag(used.id!)) { error in
            XCTAssertEqual(error as? StoreError, .tagInUse(slug: "theme/shame", uses: 1))
        }
        try store.deleteTag(unused.id!)
        XCTAssertNil(try store.tag(id: unused.id!))
    }

    func testSeedingFromTheBuiltinListIsIdempotentAndMarksCodesBuiltin() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        try store.database.write { db in try Migrations.insertMissingBuiltins(TestCodebook.tags, db) }
        let all = try store.tags(includeArchived: true)
        XCTAssertEqual(all.count, TestCodebook.tags.count + BuiltinCodebook.tags.count - overlap())
        XCTAssertTrue(all.allSatisfy(\.tag.builtin))
    }

    private func overlap() -> Int {
        let seeded = Set(BuiltinCodebook.tags.map { "\($0.category.rawValue)/\($0.slug)" })
        return TestCodebook.tags.filter { seeded.contains("\($0.category.rawValue)/\($0.slug)") }.count
    }
}
