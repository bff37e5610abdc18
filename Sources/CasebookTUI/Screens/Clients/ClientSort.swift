import Foundation

/// Orders of the clients list; `s` steps through them.
public enum ClientSort: Int, CaseIterable, Hashable, Sendable {
    case code
    case name
    case lastSeen
    case sessions
    case status

    public var title: String {
        switch self {
        case .code: return "code"
        case .name: return "name"
        case .lastSeen: return "last seen"
        case .sessions: return "sessions"
        case .status: return "status"
        }
    }

    public var next: ClientSort { ClientSort(rawValue: (rawValue + 1) % ClientSort.allCases.count)! }

    /// Sorted copy; ties fall back to the code so the order is stable. With names hidden, a
    /// name sort would reveal alphabetical order, so it sorts by code instead.
    ///
    /// Codes and names are in `localizedStandardCompare` order, through a key computed once per
    /// item (`NaturalSortKey`) where the key can say: a collator call costs microseconds, and a
    /// sort of a thousand clients makes ten thousand comparisons.
    public func sorted(_ items: [ClientListItem], codeOnly: Bool) -> [ClientListItem] {
        let codes = items.map { NaturalSortKey($0.code) }
        func byCode(_ a: Int, _ b: Int) -> Bool {
            NaturalSortKey.compare(items[a].code, codes[a], items[b].code, codes[b]) == .orderedAscending
        }
        var order = Array(items.indices)
        switch self {
        case .code:
            order.sort(by: byCode)
        case .name:
            if codeOnly {
                order.sort(by: byCode)
                break
            }
            let names = items.map { NaturalSortKey($0.name) }
            order.sort {
                let order = NaturalSortKey.compare(items[$0].name, names[$0], items[$1].name, names[$1])
                return order == .orderedSame ? byCode($0, $1) : order == .orderedAscending
            }
        case .lastSeen:
            order.sort {
                switch (items[$0].lastSeen, items[$1].lastSeen) {
                case let (a?, b?) where a != b: return a > b
                case (_?, nil): return true
                case (nil, _?): return false
                default: return byCode($0, $1)
                }
            }
        case .sessions:
            order.sort {
                let a = items[$0].sessionCount, b = items[$1].sessionCount
                return a == b ? byCode($0, $1) : a > b
            }
        case .status:
            let rank = ["active": 0, "paused": 1, "closed": 2]
            order.sort {
                let a = rank[items[$0].status] ?? 3, b = rank[items[$1].status] ?? 3
                return a == b ? byCode($0, $1) : a < b
            }
        }
        return order.map { items[$0] }
    }
}
