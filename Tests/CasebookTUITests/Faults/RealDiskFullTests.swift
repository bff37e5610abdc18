import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

/// A disk that really fills up: the database on a small tmpfs, the rest of it taken by another
/// file. Needs root to mount (the tests run as root here); elsewhere the injected faults of
/// `StoreFaultInterfaceTests` cover the same path.
final class RealDiskFullTests: XCTestCase {
    private var mount: String!
    private var store: CaseStore?

    override func setUpWithError() throws {
        guard getuid() == 0 else { throw XCTSkip("mounting a small tmpfs needs root") }
        mount = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-full-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=3m", "tmpfs", mount]) else {
            throw XCTSkip("tmpfs cannot be mounted here")
        }
    }

    override func tearDown() {
        try? store?.close()
        store = nil
        if let mount {
            _ = Self.run("/bin/umount", [mount])
            try? FileManager.default.removeItem(atPath: mount)
        }
    }

    /// Writes a filler file until the disk refuses another byte.
    private func fillTheDisk() throws -> String {
        let filler = mount + "/filler"
        XCTAssertTrue(FileManager.default.createFile(atPath: filler, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: filler))
        defer { try? handle.close() }
        let chunk = Data(count: 4096)
        while (try? handle.write(contentsOf: chunk)) != nil {}
        return filler
    }

    func testARealFullDiskShowsTheWarningKeepsTheTextAndSavesWhenSpaceIsFreed() throws {
        let store = try CaseStore(url: URL(fileURLWithPath: mount + "/casebook.sqlite"), now: { AppHarness.now })
        self.store = store
        _ = try store.createClient(Client(code: "FD-001", name: "Fictional Client", intakeDate: AppHarness.now))
        let runner = EffectRunner(store: store, clock: { AppHarness.now })
        var h = AppHarness(perform: runner.run)
        h.send(.tick(AppHarness.now))
        h.run(.loadClients(select: nil))
        h.key(.char("n"))
        guard case .session? = h.state.stack.last else { return XCTFail("no session: \(h.screen)") }

        let filler = try fillTheDisk()
        let typed = String(repeating: "Material of an hour that no longer fits on the disk. ", count: 6_000)
        h.send(.terminal(.paste(typed)))
        h.tick(seconds: 1)
        XCTAssertTrue(h.screen.contains("NOT SAVED: the disk is full."), h.screen)
        XCTAssertEqual(h.state.openSession?.process.text, typed)

        try FileManager.default.removeItem(atPath: filler)
        h.tick(seconds: 30)
        let id = try XCTUnwrap(h.state.openSession?.session.id)
        XCTAssertEqual(try store.session(id: id)?.processNote, typed)
        XCTAssertFalse(h.screen.contains("NOT SAVED"), h.screen)
        XCTAssertTrue(try store.check().isHealthy)
    }

    private static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
