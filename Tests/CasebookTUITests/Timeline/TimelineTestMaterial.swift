import CasebookCore
import CasebookTUI
import Foundation

/// A demo client turned into analytics material in memory, the way the store would after the
/// inline-tag sync: for the 1,300-session client, whose writing through the store would take
/// most of the suite's time and prove nothing more about the screens.
enum TimelineTestMaterial {
    static func make(_ client: DemoClient, clientID: Int64 = 1) -> ClientAnalyticsMaterial {
        var tags: [AnalyzedTag] = []
        for builtin in BuiltinCodebook.tags {
            tags.append(AnalyzedTag(id: Int64(tags.count + 1), category: builtin.category, name: builtin.name,
                                    slug: builtin.slug, level: builtin.level))
        }
        for theme in DemoCaseload.themes {
            tags.append(AnalyzedTag(id: Int64(tags.count + 1), category: theme.category, name: theme.name, slug: theme.slug))
        }
        func resolve(_ slug: String, _ category: TagCategory?) -> AnalyzedTag? {
            tags.first { $0.slug == slug && (category == nil || $0.category == category) }
        }
        var episodes: [AnalyzedEpisode] = []
        let sessions = client.sessions.map { demo -> AnalyzedSession in
            let id = Int64(demo.number)
            var session = AnalyzedSession(id: id, number: demo.number, date: demo.date, attendance: demo.attendance)
            for inline in InlineTagParser.parse(demo.processNote) {
                guard let tag = resolve(inline.slug, inline.tagCategory) else { continue }
                session.observations.append(AnalyzedObservation(tagID: tag.id, intensity: inline.intensity))
            }
            for episode in demo.episodes {
                episodes.append(AnalyzedEpisode(
                    sessionNumber: demo.number, figure: episode.figureRole ?? "therapist",
                    wishTagID: resolve(episode.wishSlug, .ccrtWish)?.id, roTagID: resolve(episode.roSlug, .ccrtRO)?.id,
                    rsTagID: resolve(episode.rsSlug, .ccrtRS)?.id, roPositive: episode.roPositive,
                    rsPositive: episode.rsPositive))
            }
            return session
        }
        return ClientAnalyticsMaterial(
            clientID: clientID, code: client.code, name: client.name, sessions: sessions, tags: tags,
            episodes: episodes)
    }
}
