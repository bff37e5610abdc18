import Foundation

/// libFuzzer target: decoding an import file. Any bytes either decode to an export that survives
/// a round trip through the exporter's own JSON, or are refused with an `ImportError` that says
/// nothing was imported. (Validation against the database and the write need GRDB; the XCTests
/// in `CasebookCoreTests/Robustness/ImportAdversarialTests.swift` cover them.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let export: CaseloadExport
    do {
        export = try ImportDecoding.decode(bytes)
    } catch let error as ImportError {
        let message = error.description
        check(message.lowercased().contains("nothing was imported"), "refusal does not say nothing was imported: \(message)")
        if case .invalid(let problems) = error {
            check(!problems.isEmpty && problems.allSatisfy { !$0.path.isEmpty }, "a problem without its JSON path")
        }
        return 0
    } catch {
        check(false, "decoding threw something other than an ImportError: \(error)")
        return 0
    }
    guard let text = try? export.jsonText() else {
        let scores = export.clients.flatMap { $0.sessions.flatMap { $0.measures.map(\.score) } }
        check(scores.contains { !$0.isFinite }, "an accepted file cannot be written back")
        return 0
    }
    let again = try? ImportDecoding.decode(Data(text.utf8))
    check(again == export, "an accepted file does not round-trip")
    return 0
}
