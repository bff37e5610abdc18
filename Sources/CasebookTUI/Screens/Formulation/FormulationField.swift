import CasebookCore

/// The six parts of a case formulation, in the order they are read.
public enum FormulationField: Int, CaseIterable, Sendable {
    case presentingProblem, coreConflict, ccrtSummary, defensiveStyle, development, treatmentGoals

    public var title: String {
        switch self {
        case .presentingProblem: "Presenting problem"
        case .coreConflict: "Core conflict"
        case .ccrtSummary: "CCRT summary"
        case .defensiveStyle: "Defensive style"
        case .development: "Development and history"
        case .treatmentGoals: "Treatment goals"
        }
    }

    var keyPath: WritableKeyPath<Formulation, String> {
        switch self {
        case .presentingProblem: \.presentingProblem
        case .coreConflict: \.coreConflict
        case .ccrtSummary: \.ccrtSummary
        case .defensiveStyle: \.defensiveStyle
        case .development: \.development
        case .treatmentGoals: \.treatmentGoals
        }
    }

    public func text(of formulation: Formulation) -> String { formulation[keyPath: keyPath] }
}
