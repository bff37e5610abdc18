import Foundation

/// Turns an import file's bytes into a `CaseloadExport`, or an `ImportError` naming the JSON path
/// of the first thing that does not fit. Kept apart from the importer (and so from GRDB) so the
/// libFuzzer target in `Fuzz/` can compile it on its own.
enum ImportDecoding {
    /// Decodes in two steps so a file from elsewhere or from a newer Casebook is named as such,
    /// before its shape is judged.
    static func decode(_ data: Data) throws -> CaseloadExport {
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                let underlying = (context.underlyingError as NSError?)?.localizedDescription ?? context.debugDescription
                throw ImportError.notJSON(detail: underlying)
            }
            throw ImportError.wrongFormat(found: nil)
        }
        guard header.format == CaseloadExport.formatName else { throw ImportError.wrongFormat(found: header.format) }
        guard header.version == CaseloadExport.currentVersion else { throw ImportError.unsupportedVersion(header.version) }
        if header.deidentified == true { throw ImportError.deidentified }
        let export: CaseloadExport
        do {
            export = try JSONDecoder().decode(CaseloadExport.self, from: data)
        } catch let error as DecodingError {
            throw ImportError.invalid([problem(for: error)])
        }
        let nuls = nulPaths(in: data)
        if !nuls.isEmpty {
            throw ImportError.invalid(nuls.map {
                ImportProblem(path: $0, message: "contains a NUL character (\\u0000), which Casebook cannot store; remove it")
            })
        }
        return export
    }

    /// JSON paths of the strings holding a NUL. SQLite would cut such text short, so the file is
    /// refused rather than imported with something missing. The second parse runs only when the
    /// file spells `\u0000` somewhere (a raw NUL byte is already invalid JSON).
    static func nulPaths(in data: Data) -> [String] {
        guard data.range(of: Data("\\u0000".utf8)) != nil,
              let root = try? JSONSerialization.jsonObject(with: data) else { return [] }
        var found: [String] = []
        func walk(_ value: Any, _ path: String) {
            if let text = value as? String {
                if text.utf8.contains(0) { found.append(path.isEmpty ? "(file)" : path) }
            } else if let object = value as? [String: Any] {
                for key in object.keys.sorted() {
                    if key.utf8.contains(0) { found.append(path.isEmpty ? "(file)" : path) }
                    walk(object[key]!, path.isEmpty ? key : "\(path).\(key)")
                }
            } else if let array = value as? [Any] {
                for (index, element) in array.enumerated() { walk(element, "\(path)[\(index)]") }
            }
        }
        walk(root, "")
        return found
    }

    private struct Header: Decodable {
        var format: String?
        var version: Int?
        var deidentified: Bool?
    }

    static func problem(for error: DecodingError) -> ImportProblem {
        switch error {
        case .keyNotFound(let key, let context):
            return ImportProblem(path: path(context.codingPath + [key]), message: "is missing")
        case .typeMismatch(let type, let context):
            return ImportProblem(path: path(context.codingPath), message: "must be \(describe(type))")
        case .valueNotFound(let type, let context):
            return ImportProblem(path: path(context.codingPath), message: "must be \(describe(type)), not null")
        case .dataCorrupted(let context):
            return ImportProblem(path: path(context.codingPath), message: context.debugDescription)
        @unknown default:
            return ImportProblem(path: "(file)", message: "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: type is [Any].Type ? "a list" : "an object"
        }
    }

    /// `clients[2].sessions[14].observations[0].intensity`
    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text.isEmpty ? "(file)" : text
    }
}
