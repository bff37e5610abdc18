import CasebookCore
import Foundation

/// Writes a demo caseload into a store through its public API, as `casebook demo` would:
/// the demo's own codes, then each client with their sessions and both note layers.
enum DemoLoader {
    static func load(_ caseload: DemoCaseload, into store: CaseStore) throws {
        for theme in DemoCaseload.themes {
            try store.addTag(category: theme.category, name: theme.name, slug: theme.slug, description: theme.description)
        }
        for demo in caseload.clients {
            let client = try store.createClient(Client(
                code: demo.code, name: demo.name, aliases: demo.aliases, birthYear: demo.birthYear,
                intakeDate: demo.intakeDate, status: ClientStatus(rawValue: demo.status) ?? .active,
                frequency: demo.frequency, presentingConcerns: demo.presentingConcerns,
                supervisionQuestions: demo.supervisionQuestions))
            for demoSession in demo.sessions {
                let session = try store.createSession(
                    clientID: client.id!, startedAt: demoSession.date, durationMinutes: demoSession.durationMinutes,
                    attendance: Attendance(rawValue: demoSession.attendance) ?? .attended,
                    modality: Modality(rawValue: demoSession.modality) ?? .inPerson)
                let visit = EditingVisit()
                if !demoSession.processNote.isEmpty {
                    try store.saveNote(sessionID: session.id!, layer: .process, text: demoSession.processNote, visit: visit)
                }
                if !demoSession.recordNote.isEmpty {
                    try store.saveNote(sessionID: session.id!, layer: .record, text: demoSession.recordNote, visit: visit)
                }
            }
        }
    }
}
