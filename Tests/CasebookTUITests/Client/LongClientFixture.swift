import CasebookCore
import Foundation
import TerminalKit
@testable import CasebookTUI

/// A store holding one client with 1,300 sessions, the busiest client of the career caseload,
/// copied for each test from a file written once per test process.
final class LongClientFixture {
    static let sessionCount = 1_300
    let directory: URL
    let file: URL
    let store: CaseStore
    let clientID: Int64

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-long-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        file = directory.appendingPathComponent("casebook.sqlite")
        for suffix in ["", "-wal", "-shm"] {
            let source = URL(fileURLWithPath: Self.template.path + suffix)
            guard FileManager.default.fileExists(atPath: source.path) else { continue }
            try FileManager.default.copyItem(at: source, to: URL(fileURLWithPath: file.path + suffix))
        }
        store = try CaseStore(url: file, now: { AppHarness.now })
        guard let id = try store.listClients().first?.client.id else { throw CocoaError(.fileReadCorruptFile) }
        clientID = id
    }

    private static let template: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-long-template-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("casebook.sqlite")
        let store = try! CaseStore(url: url, now: { AppHarness.now })
        try! DemoWriter.write(DemoCaseload.generate(sessionCounts: [sessionCount], seed: 5), to: store,
                              fillSearchIndexAfterwards: true)
        try! store.checkpoint()
        try! store.close()
        atexit {
            try? FileManager.default.removeItem(
                at: FileManager.default.temporaryDirectory.appendingPathComponent("casebook-long-template-\(getpid())"))
        }
        return url
    }()

    deinit {
        try? store.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// A harness on this store with the Clients list loaded and Enter pressed on the client.
    func openClient(size: Size) -> AppHarness {
        let runner = EffectRunner(store: store, clock: { AppHarness.now })
        var h = AppHarness(size: size, perform: runner.run)
        h.send(.tick(AppHarness.now))
        h.run(.loadClients(select: clientID))
        h.key(.enter)
        return h
    }

    /// What a row should show, read the slow way: the whole session and its observations.
    func expectedRow(_ session: Session) throws -> (firstLine: String, chips: [TagChip]) {
        let note = session.processNote.isEmpty ? session.recordNote : session.processNote
        var chips: [TagChip] = []
        for observation in try store.observations(sessionID: session.id!)
        where !chips.contains(where: { $0.name == observation.tag.name && $0.category == observation.tag.category }) {
            chips.append(TagChip(name: observation.tag.name, category: observation.tag.category))
        }
        return (NoteExcerpt.lines(note, count: 1).first ?? "", chips)
    }
}
