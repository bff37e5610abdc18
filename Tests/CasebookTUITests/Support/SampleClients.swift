import CasebookCore
import Foundation
@testable import CasebookTUI

/// A few list items with the kinds of names the demo has (accents, CJK, a combining mark),
/// for update and view tests that need no store.
enum SampleClients {
    static func day(_ text: String) -> Date { DateText.parseDay(text, timeZone: AppHarness.utc)! }

    static let items: [ClientListItem] = [
        ClientListItem(id: 1, code: "AM-014", name: "Zoë Marchetti", status: "active", frequency: "2×/week", sessionCount: 24,
                       lastSeen: day("2026-03-12"), topThemes: [TagChip(name: "abandonment", category: .theme, count: 9)],
                       presentingConcerns: "Panic on leaving home; a breakup in the autumn.",
                       intakeDate: day("2024-01-10")),
        ClientListItem(id: 2, code: "BK-002", name: "Björn Kowalski", status: "paused", frequency: "1×/week", sessionCount: 7,
                       lastSeen: day("2026-01-20"), topThemes: [TagChip(name: "envy", category: .theme, count: 3)],
                       presentingConcerns: "Work conflicts.", intakeDate: day("2025-06-01")),
        ClientListItem(id: 3, code: "LT-031", name: "林 小雨", status: "active", frequency: "1×/week", sessionCount: 40,
                       lastSeen: day("2026-03-13"), topThemes: [TagChip(name: "fear of dependency", category: .theme, count: 12)],
                       intakeDate: day("2025-02-03")),
        ClientListItem(id: 4, code: "CN-007", name: "Noe\u{0301}mie Caron", status: "closed", frequency: "", sessionCount: 0,
                       lastSeen: nil, intakeDate: day("2026-02-01")),
    ]

    static var names: [String] { items.map(\.name) }
    static var codes: [String] { items.map(\.code) }
}
