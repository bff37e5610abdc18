import Foundation
import XCTest

@testable import CasebookCore

final class SVGChartTests: XCTestCase {
    func testHeatMapIsWellFormedSelfContainedAndEscapesLabels() throws {
        let svg = SVGChart.heatMapSVG(
            rows: [
                HeatMapRow(label: "Abandonment", cells: [0, 1, 2, 3, 0]),
                HeatMapRow(label: "<script>alert('x')</script> & co", cells: [3, 9, -1]),
            ],
            columnLabels: ["1", "2", "3", "4", "5"])
        let root = try XMLTree.parse(svg)
        XCTAssertEqual(root.name, "svg")
        XCTAssertEqual(root.children.filter { $0.name == "rect" }.count, 8)
        XCTAssertFalse(svg.contains("<script"))
        assertNoExternalReferences(svg)
        let fills = root.children.filter { $0.name == "rect" }.compactMap { $0.attributes["fill"] }
        XCTAssertEqual(fills[5], fills[3], "a value above 3 is drawn as strong")
        XCTAssertEqual(fills[7], fills[0], "a value below 0 is drawn as absent")
    }

    func testLineChartPlotsEveryFinitePointInsideTheBox() throws {
        let points = [LineChartPoint(x: 3, y: 4.5), LineChartPoint(x: 1, y: 3.2), LineChartPoint(x: 7, y: .nan), LineChartPoint(x: 9, y: 9)]
        let svg = SVGChart.lineChartSVG(points: points, yRange: 1...7, title: "ODF & trend")
        let root = try XMLTree.parse(svg)
        let circles = root.children.filter { $0.name == "circle" }
        XCTAssertEqual(circles.count, 3)
        let ys = circles.compactMap { Double($0.attributes["cy"] ?? "") }
        XCTAssertEqual(ys.count, 3)
        XCTAssertTrue(ys.allSatisfy { (10...118).contains($0) }, "\(ys)")
        XCTAssertEqual(ys[2], 10, "a value above the range sits on the top edge")
        XCTAssertNotNil(root.children.first { $0.name == "polyline" })
        XCTAssertEqual(root.children.first { $0.name == "title" }?.text, "ODF & trend")
        assertNoExternalReferences(svg)
    }

    func testTupleFormsDrawTheSameChart() {
        XCTAssertEqual(
            SVGChart.heatMapSVG(rows: [(label: "Envy", cells: [1, 2])], columnLabels: ["1", "2"]),
            SVGChart.heatMapSVG(rows: [HeatMapRow(label: "Envy", cells: [1, 2])], columnLabels: ["1", "2"]))
        XCTAssertEqual(
            SVGChart.lineChartSVG(points: [(x: 1, y: 2.0), (x: 2, y: 3.0)], yRange: 0...5),
            SVGChart.lineChartSVG(points: [LineChartPoint(x: 1, y: 2), LineChartPoint(x: 2, y: 3)], yRange: 0...5))
    }

    func testLineChartWithNoPointsIsStillAValidEmptyChart() throws {
        let root = try XMLTree.parse(SVGChart.lineChartSVG(points: [LineChartPoint](), yRange: 0...27))
        XCTAssertTrue(root.children.filter { $0.name == "circle" }.isEmpty)
    }

    func testSparklineSpansLowestToHighest() {
        XCTAssertEqual(Sparkline.sparklineText([0, 1, 2, 3, 4, 5, 6, 7]), "▁▂▃▄▅▆▇█")
        XCTAssertEqual(Sparkline.sparklineText([2, 2, 2]), "▄▄▄")
        XCTAssertEqual(Sparkline.sparklineText([1, .nan, 3]), "▁ █")
        XCTAssertEqual(Sparkline.sparklineText([]), "")
    }

    func testEscapingCoversMarkupAndDropsControlCharacters() {
        XCTAssertEqual(XMLEscaping.escape("a&b<c>\"d'\u{0}e\u{1B}"), "a&amp;b&lt;c&gt;&quot;d&apos;e")
        XCTAssertEqual(XMLEscaping.escapeAttribute("line\nbreak\ttab"), "line&#10;break&#9;tab")
        XCTAssertEqual(HTMLEscaping.escape("<b>Zoë's</b> & \"x\""), "&lt;b&gt;Zoë&#39;s&lt;/b&gt; &amp; &quot;x&quot;")
    }

    private func assertNoExternalReferences(_ svg: String, file: StaticString = #filePath, line: UInt = #line) {
        let withoutNamespace = svg.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        XCTAssertFalse(withoutNamespace.lowercased().contains("http"), file: file, line: line)
        XCTAssertFalse(withoutNamespace.contains("href"), file: file, line: line)
    }

    func testSparseHeatMapDrawsOnlyObservedCellsOverAPaleBand() {
        let row = HeatMapRow(label: "Envy", cells: (0..<300).map { $0 == 7 ? 3 : 0 })
        let labels = (1...300).map(String.init)
        let dense = SVGChart.heatMapSVG(rows: [row], columnLabels: labels)
        let sparse = SVGChart.heatMapSVG(rows: [row], columnLabels: labels, sparse: true)
        XCTAssertEqual(dense.components(separatedBy: "<rect").count - 1, 300, "dense: every cell")
        XCTAssertEqual(sparse.components(separatedBy: "<rect").count - 1, 2, "sparse: the band and the one observed cell")
        XCTAssertTrue(sparse.contains("Envy, 8: strong"))
    }
}
