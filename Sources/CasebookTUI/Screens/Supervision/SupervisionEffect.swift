import CasebookCore

/// Store work the Supervision tab asks for; `SupervisionScreen.run` turns each into result inputs.
public enum SupervisionEffect: Sendable, Equatable {
    case setSessionFlag(Session)
    case setObservationFlag(Observation)
    case saveQuestions(clientID: Int64, text: String)
    /// Builds the de-identified brief and renders it as Markdown for the preview.
    case buildPreview(clientID: Int64, allow: Set<String>)
    case buildReview(clientID: Int64, allow: Set<String>)
    /// `path` may start with `~`; it is expanded when the file is written.
    case export(clientID: Int64, format: SupervisionBriefFormat, path: String, allow: Set<String>)
}

/// The file formats a brief is exported in.
public enum SupervisionBriefFormat: String, Sendable, Equatable, CaseIterable {
    case markdown = "md"
    case html

    public var fileExtension: String { rawValue }
}
