import Foundation

/// Where the database lives (SPEC §2): an explicit path, else `$CASEBOOK_DB`, else
/// `$XDG_DATA_HOME/casebook/casebook.sqlite`, else `~/.local/share/casebook/casebook.sqlite`.
public enum DatabaseLocation {
    public static let fileName = "casebook.sqlite"

    public static func resolve(
        explicit: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        homeDirectory: String = NSHomeDirectory()
    ) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: expandTilde(explicit, home: homeDirectory)) }
        if let env = environment["CASEBOOK_DB"], !env.isEmpty {
            return URL(fileURLWithPath: expandTilde(env, home: homeDirectory))
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("casebook").appendingPathComponent(fileName)
        }
        return URL(fileURLWithPath: homeDirectory)
            .appendingPathComponent(".local/share/casebook")
            .appendingPathComponent(fileName)
    }

    static func expandTilde(_ path: String, home: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst() }
        return path
    }
}
