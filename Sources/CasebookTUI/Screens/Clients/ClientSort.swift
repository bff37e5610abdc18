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
    public func sorted(_ items: [ClientListItem], codeOnly: Bool) -> [ClientListItem] {
        func byCode(_ a: ClientListItem, _ b: ClientListItem) -> Bool {
            a.code.localizedStandardCompare(b.code) == .orderedAscending
        }
        switch self {
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
}
