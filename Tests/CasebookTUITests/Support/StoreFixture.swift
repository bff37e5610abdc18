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
        store = try CaseStore(url: directory.appendingPathComponent("casebook.sqlite"), now: { AppHarness.now })
        if demo { try DemoLoader.load(Self.demo, into: store) }
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
