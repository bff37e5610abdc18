import CasebookCore
import Foundation

/// The throwaway caseload of `casebook --demo`: a private temporary folder, removed when done.
struct DemoFile {
    let folder: URL
    var path: String { folder.appendingPathComponent("demo.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
