import CasebookCore
import Foundation
import TerminalKit

/// Which themes recur in which clients across the caseload, as a value.
public struct CaseloadState: Sendable {
    public struct ClientRef: Sendable, Equatable {
        public var id: Int64
        public var code: String
        public var name: String

        public init(id: Int64, code: String, name: String) {
            self.id = id
            self.code = code
            self.name = name
        }

        public func label(codeOnly: Bool) -> String { codeOnly || name.isEmpty ? code : "\(code) \(name)" }
    }

    public enum Focus: Sendable, Equatable { case themes, clients }

    /// Every client, by code.
    public private(set) var clients: [String: ClientRef]
    public private(set) var material: [AnalyzedClient]
    public private(set) var tags: [AnalyzedTag]
    public private(set) var window: SessionWindowChoice = .all
    public private(set) var themes: [CaseloadTheme] = []
    public var themeList = ListState(selected: 0)
    public var clientList = ListState(selected: 0)
    public var focus: Focus = .themes
    public var pendingG = false
    public var request: ScreenRequest?

    public init(clients: [ClientRef], material: [AnalyzedClient], tags: [AnalyzedTag]) {
        self.clients = Dictionary(clients.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.material = material
        self.tags = tags
        rebuild()
    }

    public var selectedTheme: CaseloadTheme? {
        themeList.selected.flatMap { themes.indices.contains($0) ? themes[$0] : nil }
    }

    public var selectedClient: ClientRef? {
        guard let theme = selectedTheme, let index = clientList.selected, theme.clients.indices.contains(index) else { return nil }
        return clients[theme.clients[index].code]
    }

    public mutating func setWindow(_ window: SessionWindowChoice) {
        self.window = window
        rebuild()
    }

    private mutating func rebuild() {
        let selected = selectedTheme?.tag.id
        themes = CaseloadRecurrence.compute(clients: material, tags: tags, window: window.analysisWindow)
        themeList.selected = themes.isEmpty ? nil : (selected.flatMap { id in themes.firstIndex { $0.tag.id == id } } ?? 0)
        clientList = ListState(selected: 0)
        focus = .themes
    }
}

/// What the shell feeds the Caseload view.
public enum CaseloadInput: Sendable {
    case key(KeyEvent)
    case paste(String)
    case tick(Date)
    case loaded(CaseloadState)
    case failed(String)
}

/// Store work the Caseload view asks for.
public enum CaseloadEffect: Sendable, Equatable {
    case reload
}
