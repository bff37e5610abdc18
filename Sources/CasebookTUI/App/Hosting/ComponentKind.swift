import CasebookCore
import Foundation

/// The hosted screens the shell can open, and how each is opened against the store.
public enum ComponentKind: Sendable, Equatable {
    case timeline(clientID: Int64)
    case patterns(clientID: Int64)
    case formulation(clientID: Int64)
    case figures(clientID: Int64)
    case episodes(clientID: Int64)
    case measures(clientID: Int64)
    case dreams(clientID: Int64)
    case supervision(clientID: Int64)
    /// A relationship episode for this session, started from the session screen.
    case addEpisode(sessionID: Int64)
    case search(clientID: Int64?)
    case codebook
    case caseload
    case settings

    func open(store: CaseStore, now: Date, codeOnly: Bool) throws -> any HostedScreen {
        switch self {
        case let .timeline(id): return Hosted<TimelineScreen>(state: try TimelineScreen.open(clientID: id, store: store, now: now))
        case let .patterns(id): return Hosted<PatternsScreen>(state: try PatternsScreen.open(clientID: id, store: store, now: now))
        case let .formulation(id):
            return Hosted<FormulationScreen>(state: try FormulationScreen.open(clientID: id, store: store, now: now))
        case let .figures(id): return Hosted<FiguresScreen>(state: try FiguresScreen.open(clientID: id, store: store, now: now))
        case let .episodes(id): return Hosted<EpisodesScreen>(state: try EpisodesScreen.open(clientID: id, store: store, now: now))
        case let .measures(id): return Hosted<MeasuresScreen>(state: try MeasuresScreen.open(clientID: id, store: store, now: now))
        case let .dreams(id): return Hosted<DreamsScreen>(state: try DreamsScreen.open(clientID: id, store: store, now: now))
        case let .addEpisode(id):
            return Hosted<EpisodesScreen>(state: try EpisodesScreen.openAdd(sessionID: id, store: store, now: now))
        case let .supervision(id):
            return Hosted<SupervisionScreen>(state: try SupervisionScreen.open(clientID: id, store: store, now: now))
        case let .search(id):
            return Hosted<SearchScreen>(state: try SearchScreen.open(clientID: id, codeOnly: codeOnly, store: store, now: now))
        case .codebook: return Hosted<CodebookScreen>(state: try CodebookScreen.open(store: store, now: now))
        case .caseload: return Hosted<CaseloadScreen>(state: try CaseloadScreen.open(store: store, now: now))
        case .settings:
            return Hosted<SettingsScreen>(state: SettingsScreen.open(file: SettingsFile.standard(environment: ProcessInfo.processInfo.environment), store: store, now: now))
        }
    }
}
