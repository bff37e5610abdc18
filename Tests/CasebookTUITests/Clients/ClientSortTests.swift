import CasebookCore
import Foundation
import XCTest

@testable import CasebookTUI

/// The list's orders come from keys computed once per client; what the user sees must be the
/// order `localizedStandardCompare` in every comparison gave.
final class ClientSortTests: XCTestCase {
    /// The sort as it was written before keys: the collator in every comparison.
    private func collatorSorted(_ sort: ClientSort, _ items: [ClientListItem], codeOnly: Bool) -> [ClientListItem] {
        func byCode(_ a: ClientListItem, _ b: ClientListItem) -> Bool {
            a.code.localizedStandardCompare(b.code) == .orderedAscending
        }
        switch sort {
        case .code:
            return items.sorted(by: byCode)
        case .name:
            if codeOnly { return items.sorted(by: byCode) }
            return items.sorted {
                let order = $0.name.localizedStandardCompare($1.name)
                return order == .orderedSame ? byCode($0, $1) : order == .orderedAscending
            }
        case .lastSeen:
            return items.sorted {
                switch ($0.lastSeen, $1.lastSeen) {
                case let (a?, b?) where a != b: return a > b
                case (_?, nil): return true
                case (nil, _?): return false
                default: return byCode($0, $1)
                }
            }
        case .sessions:
            return items.sorted { $0.sessionCount == $1.sessionCount ? byCode($0, $1) : $0.sessionCount > $1.sessionCount }
        case .status:
            let rank = ["active": 0, "paused": 1, "closed": 2]
            return items.sorted {
                let a = rank[$0.status] ?? 3, b = rank[$1.status] ?? 3
                return a == b ? byCode($0, $1) : a < b
            }
        }
    }

    private static let codes = [
        "AM-10", "AM-2", "am-3", "AM-02", "am-2", "AM-1", "AM-001", "AM 2", "AM_2", "AM.2", "AM2", "A-10", "a-9",
        "ZZ-1", "zz-01", "Z9", "z10", "BK-002", "bk-2", "ÅS-1", "ÉL-3", "EL-4", "el-3", "X-99999999999999999999",
        "X-100000000000000000000", "Ö-1", "O-2", "Ü-1", "CS-1", "C-1", "ch-1", "LL-2", "L-3", "#7", "(AM)-1",
    ]
    private static let names = [
        "Zoë Brightwater", "Zoe Brightwater", "zoe brightwater", "Zoé Brightwater", "Zoey", "Søren Kettlewick-Ravn",
        "Soren K", "Ágnes Pipacsvölgyi", "Agnes P", "王小明", "Noe\u{0301}mie Caron", "Noémie Caron", "anna", "Anna",
        "ANNA", "Anna 2", "Anna 10", "Anna  2", "Ólafur", "Olaf", "Łukasz", "Lukas", "", "Ben", "ben", "Ben 1",
    ]

    private func items() -> [ClientListItem] {
        var generator = SplitMix64(seed: 42)
        let statuses = ["active", "paused", "closed", "other"]
        return Self.codes.enumerated().map { index, code in
            ClientListItem(
                id: Int64(index + 1), code: code, name: Self.names[index % Self.names.count],
                status: statuses[generator.int(in: 0...3)], sessionCount: generator.int(in: 0...3),
                lastSeen: generator.chance(0.3) ? nil : Date(timeIntervalSince1970: Double(generator.int(in: 0...4)) * 86_400))
        }
    }

    func testEveryOrderIsTheOrderOfTheCollatorForDigitsCaseAndAccents() {
        var items = items()
        var generator = SplitMix64(seed: 7)
        for round in 0..<4 {
            items.shuffle(using: &generator)
            for sort in ClientSort.allCases {
                for codeOnly in [false, true] {
                    XCTAssertEqual(sort.sorted(items, codeOnly: codeOnly).map(\.code),
                                   collatorSorted(sort, items, codeOnly: codeOnly).map(\.code),
                                   "\(sort) codeOnly \(codeOnly) round \(round)")
                }
            }
        }
    }

    func testCodesSortByNumberNotByDigitAndIgnoreCase() {
        let items = ["AM-10", "am-9", "AM-2", "BK-1", "AM-1"].enumerated().map {
            ClientListItem(id: Int64($0.offset), code: $0.element, name: "", status: "active")
        }
        XCTAssertEqual(ClientSort.code.sorted(items, codeOnly: false).map(\.code), ["AM-1", "AM-2", "am-9", "AM-10", "BK-1"])
    }

    func testNameSortPutsZoeWithAnAccentBesideZoe() {
        let items = ["Zoey", "Zoë", "Yann", "Zoe", "zoe"].enumerated().map {
            ClientListItem(id: Int64($0.offset), code: "C-\($0.offset)", name: $0.element, status: "active")
        }
        let names = ClientSort.name.sorted(items, codeOnly: false).map(\.name)
        XCTAssertEqual(names.first, "Yann")
        XCTAssertEqual(names.last, "Zoey", "the accent weighs less than a further letter")
        XCTAssertEqual(names, collatorSorted(.name, items, codeOnly: false).map(\.name))
    }

    /// Where two strings both have keys that differ, the keys order them as the collator does.
    func testKeysOrderRandomCodesAsTheCollatorDoes() {
        var generator = SplitMix64(seed: 2026)
        let alphabet = Array("aAbBkKzZ0123456789 -_.")
        func word() -> String {
            String((0..<generator.int(in: 0...7)).map { _ in generator.pick(alphabet) })
        }
        var compared = 0
        for _ in 0..<20_000 {
            let a = word(), b = word()
            guard let keyA = NaturalSortKey(a), let keyB = NaturalSortKey(b), keyA != keyB else { continue }
            compared += 1
            let collator = a.localizedStandardCompare(b) == .orderedAscending
            XCTAssertEqual(keyA < keyB, collator, "[\(a)] vs [\(b)]")
        }
        XCTAssertGreaterThan(compared, 10_000)
    }

    func testStringsTheKeyCannotOrderHaveNone() {
        XCTAssertNil(NaturalSortKey("Zoë"))
        XCTAssertNil(NaturalSortKey("AM/2"))
        XCTAssertNil(NaturalSortKey("王"))
        XCTAssertNil(NaturalSortKey("X-" + String(repeating: "9", count: 31)))
        XCTAssertNotNil(NaturalSortKey("AM-014"))
        XCTAssertEqual(NaturalSortKey("AM-2"), NaturalSortKey("am-02"), "equal keys: the collator breaks the tie")
    }
}
