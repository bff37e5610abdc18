import CasebookCore
import Foundation
import TerminalKit
import XCTest

/// A temporary store holding a demo caseload, written through the public store API the way
/// notes arrive (process notes pass through the inline-tag sync), for the Timeline, Patterns,
/// Caseload and preview tests.
final class TimelineTestStore {
    let folder: URL
    let store: CaseStore
    let caseload: DemoCaseload
    /// Client ids in caseload order.
    private(set) var clientIDs: [Int64] = []

    static let utc = TimeZone(identifier: "UTC")!

    init(_ caseload: DemoCaseload) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-timeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try CaseStore(url: folder.appendingPathComponent("casebook.sqlite"))
        self.caseload = caseload
        try write()
    }

    /// The demo, fewer and shorter clients so the suite stays quick.
    static func demo(clients: Int = 6) throws -> TimelineTestStore {
        try TimelineTestStore(DemoCaseload.generate(clients: clients, sessionsPerClient: 30...40, seed: 7))
    }

    nonisolated(unsafe) private static var sharedDemo: TimelineTestStore?
    private static let sharedLock = NSLock()

    /// One demo store for every read-only test of these screens, written once per run.
    static func shared() throws -> TimelineTestStore {
        sharedLock.lock()
        defer { sharedLock.unlock() }
        if let sharedDemo { return sharedDemo }
        let made = try demo(clients: 6)
        sharedDemo = made
        return made
    }

    deinit {
        try? store.close()
        try? FileManager.default.removeItem(at: folder)
    }

    private func write() throws {
        let existing = Set(try store.tags(includeArchived: true).map { "\($0.tag.category.rawValue)/\($0.tag.slug)" })
        for theme in DemoCaseload.themes where !existing.contains("\(theme.category.rawValue)/\(theme.slug)") {
            try store.addTag(category: theme.category, name: theme.name, slug: theme.slug, description: theme.description)
        }
        var tagIDs: [String: Int64] = [:]
        for usage in try store.tags(includeArchived: true) {
            if let id = usage.tag.id { tagIDs["\(usage.tag.category.rawValue)/\(usage.tag.slug)"] = id }
        }
        for demo in caseload.clients {
            let client = try store.createClient(Client(
                code: demo.code, name: demo.name, aliases: demo.aliases, birthYear: demo.birthYear,
                intakeDate: demo.intakeDate, status: ClientStatus(rawValue: demo.status) ?? .active,
                frequency: demo.frequency, presentingConcerns: demo.presentingConcerns))
            let clientID = try XCTUnwrap(client.id)
            clientIDs.append(clientID)
            var figures: [String: Int64] = [:]
            for figure in demo.figures where figures[figure.role] == nil {
                figures[figure.role] = try store.addFigure(clientID: clientID, role: figure.role, name: figure.name).id
            }
            for demoSession in demo.sessions {
                let session = try store.createSession(
                    clientID: clientID, startedAt: demoSession.date, durationMinutes: demoSession.durationMinutes,
                    attendance: Attendance(rawValue: demoSession.attendance) ?? .attended,
                    modality: Modality(rawValue: demoSession.modality) ?? .inPerson)
                let sessionID = try XCTUnwrap(session.id)
                if !demoSession.processNote.isEmpty {
                    _ = try store.saveNote(sessionID: sessionID, layer: .process, text: demoSession.processNote, visit: EditingVisit())
                }
                for episode in demoSession.episodes {
                    try store.addEpisode(RelationshipEpisode(
                        sessionID: sessionID, figureID: episode.figureRole.flatMap { figures[$0] },
                        narrative: episode.narrative, wishTagID: tagIDs["ccrt_wish/\(episode.wishSlug)"],
                        roTagID: tagIDs["ccrt_ro/\(episode.roSlug)"], rsTagID: tagIDs["ccrt_rs/\(episode.rsSlug)"],
                        roPositive: episode.roPositive, rsPositive: episode.rsPositive))
                }
            }
        }
    }

    func clientID(_ pattern: DemoPattern) throws -> Int64 {
        let index = try XCTUnwrap(caseload.clients.firstIndex { $0.pattern == pattern })
        return clientIDs[index]
    }

    /// Renders a component into a fresh buffer and returns its lines.
    static func lines(width: Int, height: Int, _ draw: (Rect, inout Buffer) -> Void) -> [String] {
        var buffer = Buffer(size: Size(width: width, height: height))
        draw(Rect(x: 0, y: 0, width: width, height: height), &buffer)
        return buffer.lines
    }

    static func keys(_ text: String) -> [KeyEvent] { text.map { KeyEvent.char(String($0)) } }
}
