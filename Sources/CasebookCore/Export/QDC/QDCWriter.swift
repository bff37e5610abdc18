import Foundation

/// Writes the codebook in the REFI-QDA codebook exchange format (`.qdc`, namespace
/// `urn:QDA-XML:codebook:1.0`), which ATLAS.ti, MAXQDA, NVivo, QualCoder and Taguette read.
///
/// Each category is a non-codable parent code; its tags are codable children, nested by `parentSlug`.
/// GUIDs are version-5 UUIDs of `category/slug` (and `category:<name>` for the parents), so exporting
/// twice gives the same GUIDs and a QDA tool sees an updated codebook rather than a new one.
/// A code whose parent is missing, in another category, or part of a cycle is placed at the top of its
/// category; a repeated category/slug pair is written once (a GUID must be unique).
public struct QDCWriter: Sendable {
    public var origin: String

    public init(origin: String = "Casebook \(CasebookVersion.string)") {
        self.origin = origin
    }

    public func render(_ codes: [QDCCode]) -> String {
        var output = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        output += "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"\(XMLEscaping.escapeAttribute(origin))\">\n"
        output += "  <Codes>\n"
        var seen: Set<String> = []
        let unique = codes.filter { seen.insert("\($0.category.rawValue)/\($0.slug)").inserted }
        // The schema wants at least one Code: an empty codebook still shows its categories.
        let writeEmptyCategories = unique.isEmpty
        for category in TagCategory.allCases {
            let members = unique.filter { $0.category == category }
            guard !members.isEmpty || writeEmptyCategories else { continue }
            output += "    <Code guid=\"\(QDCWriter.guid(for: category))\" name=\"\(XMLEscaping.escapeAttribute(category.displayName))\""
            output += " isCodable=\"false\" color=\"\(QDCWriter.categoryColors[category] ?? "#808080")\">\n"
            for code in CodeTree(members).ordered {
                output += render(code.code, children: code.children, depth: 3)
            }
            output += "    </Code>\n"
        }
        output += "  </Codes>\n</CodeBook>\n"
        return output
    }

    /// The GUID a code gets in every export.
    public static func guid(for code: QDCCode) -> String {
        StableGUID.guid("\(code.category.rawValue)/\(code.slug)")
    }

    public static func guid(for category: TagCategory) -> String {
        StableGUID.guid("category:\(category.rawValue)")
    }

    private func render(_ code: QDCCode, children: [CodeTree.Node], depth: Int) -> String {
        let indent = String(repeating: "  ", count: depth)
        var attributes = "guid=\"\(QDCWriter.guid(for: code))\" name=\"\(XMLEscaping.escapeAttribute(code.name))\" isCodable=\"true\""
        if let color = code.color, QDCWriter.isValidColor(color) {
            attributes += " color=\"\(color.uppercased())\""
        }
        var description = code.description.trimmingCharacters(in: .whitespacesAndNewlines)
        if let level = code.level {
            description = "DMRS level \(level)." + (description.isEmpty ? "" : " " + description)
        }
        if description.isEmpty && children.isEmpty {
            return "\(indent)<Code \(attributes)/>\n"
        }
        var output = "\(indent)<Code \(attributes)>\n"
        if !description.isEmpty {
            output += "\(indent)  <Description>\(XMLEscaping.escape(description))</Description>\n"
        }
        for child in children {
            output += render(child.code, children: child.children, depth: depth + 1)
        }
        return output + "\(indent)</Code>\n"
    }

    /// The schema's RGBType: `#RRGGBB` or `#RGB`.
    static func isValidColor(_ color: String) -> Bool {
        let digits = color.dropFirst()
        return color.first == "#" && (digits.count == 6 || digits.count == 3) && digits.allSatisfy(\.isHexDigit)
    }

    static let categoryColors: [TagCategory: String] = [
        .theme: "#4E79A7", .defense: "#E15759", .transference: "#76B7B2", .countertransference: "#59A14F",
        .affect: "#EDC948", .ccrtWish: "#B07AA1", .ccrtRO: "#FF9DA7", .ccrtRS: "#9C755F", .dream: "#BAB0AC",
        .memory: "#F28E2B",
    ]
}

/// The codes of one category arranged by parent, in the order they were given.
private struct CodeTree {
    struct Node {
        var code: QDCCode
        var children: [Node]
    }

    let ordered: [Node]

    init(_ codes: [QDCCode]) {
        let slugs = Set(codes.map(\.slug))
        var childrenOf: [String: [QDCCode]] = [:]
        var roots: [QDCCode] = []
        for code in codes {
            if let parent = code.parentSlug, parent != code.slug, slugs.contains(parent) {
                childrenOf[parent, default: []].append(code)
            } else {
                roots.append(code)
            }
        }
        var placed: Set<String> = []
        func build(_ code: QDCCode) -> Node {
            placed.insert(code.slug)
            let children = (childrenOf[code.slug] ?? []).filter { !placed.contains($0.slug) }
            return Node(code: code, children: children.map(build))
        }
        var ordered = roots.map(build)
        // Codes whose parents form a cycle are reachable from no root; they go to the top rather than vanish.
        for code in codes where !placed.contains(code.slug) {
            ordered.append(build(code))
        }
        self.ordered = ordered
    }
}
