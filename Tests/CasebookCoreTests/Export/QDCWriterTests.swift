import Foundation
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import CasebookCore

final class QDCWriterTests: XCTestCase {
    private let codes = [
        QDCCode(category: .theme, name: "Abandonment", slug: "abandonment", description: "Fear of being left", color: "#aa3311"),
        QDCCode(category: .theme, name: "Loss of father", slug: "loss-of-father", parentSlug: "abandonment"),
        QDCCode(category: .theme, name: "Mother & <daughter> \"bond\"", slug: "mother-daughter", parentSlug: "loss-of-father"),
        QDCCode(category: .defense, name: "Humor", slug: "humor", description: "Mature defense", color: "red", level: 7),
        QDCCode(category: .defense, name: "Splitting", slug: "splitting", description: "bell\u{07}char", level: 3),
        QDCCode(category: .theme, name: "Orphan", slug: "orphan", parentSlug: "missing"),
    ]

    func testCodebookIsWellFormedWithCategoriesAsParentsAndNestedThemes() throws {
        let root = try XMLTree.parse(QDCWriter().render(codes))
        XCTAssertEqual(root.name, "CodeBook")
        XCTAssertEqual(root.attributes["xmlns"], "urn:QDA-XML:codebook:1.0")
        XCTAssertEqual(root.attributes["origin"], "Casebook \(CasebookVersion.string)")
        let categories = try XCTUnwrap(root.children.first { $0.name == "Codes" }).children
        XCTAssertEqual(categories.map { $0.attributes["name"] }, ["Theme", "Defense"])
        XCTAssertEqual(categories.map { $0.attributes["isCodable"] }, ["false", "false"])

        let theme = categories[0]
        let themeCodes = theme.children.filter { $0.name == "Code" }
        XCTAssertEqual(themeCodes.map { $0.attributes["name"] }, ["Abandonment", "Orphan"])
        let abandonment = themeCodes[0]
        XCTAssertEqual(abandonment.attributes["isCodable"], "true")
        XCTAssertEqual(abandonment.attributes["color"], "#AA3311")
        XCTAssertEqual(abandonment.children.first?.name, "Description")
        XCTAssertEqual(abandonment.children.first?.text, "Fear of being left")
        let loss = try XCTUnwrap(abandonment.children.first { $0.name == "Code" })
        XCTAssertEqual(loss.attributes["name"], "Loss of father")
        let nested = try XCTUnwrap(loss.children.first { $0.name == "Code" })
        XCTAssertEqual(nested.attributes["name"], "Mother & <daughter> \"bond\"")

        let defenses = categories[1].children.filter { $0.name == "Code" }
        XCTAssertNil(defenses[0].attributes["color"], "an invalid colour must be left out, not written")
        XCTAssertEqual(defenses[0].children.first?.text, "DMRS level 7. Mature defense")
        XCTAssertEqual(defenses[1].children.first?.text, "DMRS level 3. bellchar")
    }

    func testGUIDsAreStableUniqueAndShapedAsTheSchemaRequires() throws {
        let first = try XMLTree.parse(QDCWriter().render(codes)).allGUIDs
        let second = try XMLTree.parse(QDCWriter().render(codes.reversed())).allGUIDs
        XCTAssertEqual(Set(first), Set(second))
        XCTAssertEqual(Set(first).count, first.count)
        XCTAssertEqual(first.count, codes.count + 2)
        let shape = try Regex("^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$")
        for guid in first {
            XCTAssertNotNil(guid.wholeMatch(of: shape), guid)
        }
        XCTAssertNotEqual(QDCWriter.guid(for: codes[0]), QDCWriter.guid(for: QDCCode(category: .affect, name: "x", slug: "abandonment")))
    }

    func testEmptyCodebookStillHasTheCodeTheSchemaRequires() throws {
        let root = try XMLTree.parse(QDCWriter().render([]))
        let categories = try XCTUnwrap(root.children.first { $0.name == "Codes" }).children
        XCTAssertEqual(categories.count, TagCategory.allCases.count)
        XCTAssertTrue(categories.allSatisfy { $0.attributes["isCodable"] == "false" })
    }

    func testParentCycleDoesNotLoseCodes() throws {
        let cyclic = [
            QDCCode(category: .theme, name: "A", slug: "a", parentSlug: "b"),
            QDCCode(category: .theme, name: "B", slug: "b", parentSlug: "a"),
        ]
        let root = try XMLTree.parse(QDCWriter().render(cyclic))
        XCTAssertEqual(root.allGUIDs.count, 3)
    }

    func testVersion5UUIDMatchesTheRFCAlgorithm() {
        XCTAssertEqual(
            StableGUID.SHA1.digest(Array("abc".utf8)).map { String(format: "%02x", $0) }.joined(),
            "a9993e364706816aba3e25717850c26c9cd0d89d")
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") == 886313e1-3b8a-5372-9b90-0c9aee199e5d
        XCTAssertEqual(
            StableGUID.format(StableGUID.uuidBytes(namespace: StableGUID.dnsNamespace, name: "python.org")),
            "886313E1-3B8A-5372-9B90-0C9AEE199E5D")
    }
}

/// A parsed XML element, enough to check structure and attributes.
final class XMLTree: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var children: [Element] = []
        var text = ""

        var allGUIDs: [String] {
            (attributes["guid"].map { [$0] } ?? []) + children.flatMap(\.allGUIDs)
        }
    }

    struct Malformed: Error {
        let message: String
    }

    private var stack: [Element] = [Element(name: "#document", attributes: [:])]

    static func parse(_ xml: String) throws -> Element {
        let tree = XMLTree()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = tree
        guard parser.parse(), let root = tree.stack.first?.children.first else {
            throw Malformed(message: parser.parserError.map { "\($0)" } ?? "no root element")
        }
        return root
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        stack.append(Element(name: elementName, attributes: attributes))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        var element = stack.removeLast()
        element.text = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
        stack[stack.count - 1].children.append(element)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack[stack.count - 1].text += string
    }
}
