import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

/// The Caseload view reads three index scans instead of every client's sessions with their
/// notes; its figures must be the ones reading everything gave.
final class CaseloadFiguresTests: XCTestCase {
    /// Each client's sessions and theme observations, read client by client through the store's
    /// ordinary lists, as the view used to.
    private func readClientByClient(_ store: CaseStore) throws -> (clients: [AnalyzedClient], tags: [AnalyzedTag]) {
        let tags = try store.tags(category: .theme, includeArchived: true).map {
            AnalyzedTag(id: $0.tag.id!, category: .theme, name: $0.tag.name, slug: $0.tag.slug)
        }
        let clients = try store.listClients().map { summary in
            let clientID = summary.client.id!
            var sessions = try store.sessions(clientID: clientID).map {
                AnalyzedSession(id: $0.id!, number: $0.number, date: $0.startedAt, attendance: $0.attendance.rawValue)
            }
            for detail in try store.observations(clientID: clientID, category: .theme) {
                let position = sessions.firstIndex { $0.id == detail.observation.sessionID }!
                sessions[position].observations.append(
                    AnalyzedObservation(tagID: detail.observation.tagID, intensity: detail.observation.intensity))
            }
            return AnalyzedClient(code: summary.client.code, sessions: sessions)
        }
        return (clients, tags)
    }

    func testCaseloadFiguresEqualReadingEveryClientInFull() throws {
        let fixture = try TimelineTestStore.shared()
        var state = try CaseloadScreen.open(store: fixture.store, now: Date())
        let old = try readClientByClient(fixture.store)
        // The same sessions with the same theme observations (their order within a session aside).
        func normalized(_ clients: [AnalyzedClient]) -> [[String]] {
            clients.map { client in
                client.sessions.map { session in
                    "\(client.code) \(session.id) \(session.number) \(session.attendance) "
                        + session.observations.map { "\($0.tagID):\($0.intensity)" }.sorted().joined(separator: ",")
                }
            }
        }
        XCTAssertEqual(normalized(state.material), normalized(old.clients))
        for window in [SessionWindowChoice.all, state.window.next] {
            state.setWindow(window)
            let expected = CaseloadRecurrence.compute(clients: old.clients, tags: old.tags, window: window.analysisWindow)
            XCTAssertFalse(expected.isEmpty)
            XCTAssertEqual(state.themes, expected, window.label)
        }
    }
}
