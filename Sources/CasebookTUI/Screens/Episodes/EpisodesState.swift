import CasebookCore
import TerminalKit

/// The Episodes tab: a client's CCRT relationship episodes with what is needed to label them,
/// and the add flow or removal question open over the list.
public struct EpisodesState: Sendable {
    public var clientID: Int64
    public var sessions: [Session]
    public var figures: [Figure]
    /// In session order.
    public var episodes: [RelationshipEpisode]
    /// The CCRT codes by id, archived ones included so old episodes keep their labels.
    public var tags: [Int64: Tag]
    public var wishes: [Tag]
    public var responsesOfOther: [Tag]
    public var responsesOfSelf: [Tag]
    public var selected: Int?
    public var draft: EpisodeDraft?
    public var confirmingRemoval: Int64?
    /// Opened from a session to add one episode: leaving the flow closes the screen.
    public var closeAfterAdd = false
    public var request: ScreenRequest?
    var pendingG = false

    public init(clientID: Int64, sessions: [Session], figures: [Figure], episodes: [RelationshipEpisode], codes: [Tag]) {
        self.clientID = clientID
        self.sessions = sessions
        self.figures = figures
        self.episodes = episodes
        tags = Dictionary(codes.compactMap { tag in tag.id.map { ($0, tag) } }, uniquingKeysWith: { a, _ in a })
        // Luborsky's clusters in his order, the clinician's own codes after them.
        let builtinOrder = Dictionary(BuiltinCodebook.tags.enumerated().map { ("\($1.category.rawValue)/\($1.slug)", $0) },
                                      uniquingKeysWith: { a, _ in a })
        let live = codes.filter { !$0.archived && $0.mergedIntoID == nil }.sorted { a, b in
            let (x, y) = (builtinOrder[a.qualifiedSlug] ?? Int.max, builtinOrder[b.qualifiedSlug] ?? Int.max)
            return x != y ? x < y : a.name.localizedCaseInsensitiveCompare(b.name) == .orderedAscending
        }
        wishes = live.filter { $0.category == .ccrtWish }
        responsesOfOther = live.filter { $0.category == .ccrtRO }
        responsesOfSelf = live.filter { $0.category == .ccrtRS }
        selected = episodes.isEmpty ? nil : episodes.count - 1
    }

    public func session(id: Int64) -> Session? { sessions.first { $0.id == id } }

    /// The other person as lists show them: a figure's role (never the name), or "therapist".
    public func figureLabel(_ figureID: Int64?) -> String {
        guard let figureID else { return "therapist" }
        return figures.first { $0.id == figureID }?.role ?? "figure #\(figureID)"
    }

    public var selectedEpisode: RelationshipEpisode? {
        selected.flatMap { episodes.indices.contains($0) ? episodes[$0] : nil }
    }
}
