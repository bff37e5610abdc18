/// The store work of the Measures tab; each reloads the client's measures afterwards.
public enum MeasuresEffect: Sendable, Equatable {
    case add(clientID: Int64, sessionID: Int64, instrument: String, score: Double)
    case remove(clientID: Int64, measureID: Int64)
}
