import Foundation

/// One stay of the editor in a note. Autosaves within a visit coalesce into a single revision
/// (renewed every ten minutes of continuous editing), so history stays useful and small.
public struct EditingVisit: Hashable, Sendable {
    public let token: String

    public init() { token = UUID().uuidString }
    public init(token: String) { self.token = token }
}
