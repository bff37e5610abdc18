/// The statuses a client can have, in the order the form cycles through them.
public enum ClientStatusChoice {
    public static let all = ["active", "paused", "closed"]

    public static func next(after status: String, step: Int = 1) -> String {
        let i = all.firstIndex(of: status) ?? 0
        return all[(i + step + all.count) % all.count]
    }
}
