import CasebookCore
import Foundation
import TerminalKit
@testable import CasebookTUI

/// A temporary database for one test, removed at the end, and a harness wired to it: effects
/// run synchronously against the real store.
final class StoreFixture {
    let directory: URL
    let store: CaseStore

    /// The demo caseload used by every store-backed test and snapshot: small and seeded, so the
    /// names, codes and notes are the same on every run.
    static let demo = DemoCaseload.generate(clients: 6, sessionsPerClient: 8...14, seed: 7)

    init(demo: Bool) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("casebook.sqlite")
        if demo {
            // Loading the demo takes a second; every test gets a copy of one loaded file instead.
            for suffix in ["", "-wal", "-shm"] {
                let source = URL(fileURLWithPath: Self.template.path + suffix)
                guard FileManager.default.fileExists(atPath: source.path) else { continue }
                try FileManager.default.copyItem(at: source, to: URL(fileURLWithPath: file.path + suffix))
            }
        }
        store = try CaseStore(url: file, now: { AppHarness.now })
    }

    /// The demo written once per test process, into a folder removed when the process exits.
    private static let template: URL = {
        let folder = templateFolder()
        try? FileManager.default.removeItem(at: folder)
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("casebook.sqlite")
        let store = try! CaseStore(url: url, now: { AppHarness.now })
        try! DemoWriter.write(demo, to: store)
        try! store.checkpoint()
        try! store.close()
        atexit { try? FileManager.default.removeItem(at: StoreFixture.templateFolder()) }
        return url
    }()

    private static func templateFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("casebook-tui-template-\(getpid())")
    }

    deinit {
        try? store.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// A harness on this store, with the caseload loaded as at launch.
    func harness(size: Size = Size(width: 80, height: 24)) -> AppHarness {
        let runner = EffectRunner(store: store, clock: { AppHarness.now })
        var h = AppHarness(size: size, perform: runner.run)
        h.send(.tick(AppHarness.now))
        h.run(.loadClients(select: nil))
        return h
    }

    var demoNames: [String] { Self.demo.clients.map(\.name) }
    var demoCodes: [String] { Self.demo.clients.map(\.code) }
}
