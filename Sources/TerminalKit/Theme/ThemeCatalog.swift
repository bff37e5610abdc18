import Foundation

/// Finds themes by name or path and loads them with their parents.
///
/// Lookup order: an explicit path, then the user's folder (`$XDG_CONFIG_HOME/casebook/themes`,
/// else `~/.config/casebook/themes`), then the shipped `themes/` folders, then the built-in
/// default. A theme that fails to load yields the built-in default plus the errors, so the
/// interface always starts.
public struct ThemeCatalog: Sendable {
    public enum Origin: Hashable, Sendable {
        case path(String)
        case user(String)
        case shipped(String)
        case builtin
    }

    public struct Listing: Hashable, Sendable {
        public var name: String
        public var origin: Origin
    }

    public struct Loaded: Sendable {
        public var theme: Theme
        public var errors: [ThemeError]
        public var origin: Origin
    }

    public var userDirectory: String?
    public var shippedDirectories: [String]

    public init(userDirectory: String?, shippedDirectories: [String]) {
        self.userDirectory = userDirectory
        self.shippedDirectories = shippedDirectories
    }

    /// The catalog for this process: the user's folder from the environment and the shipped
    /// folder found next to `Package.swift` above the executable or the current directory
    /// (as under `swift run`), or under `<prefix>/share/casebook/themes` when installed.
    public static func standard(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String = CommandLine.arguments.first ?? "",
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> ThemeCatalog {
        var user: String?
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            user = xdg + "/casebook/themes"
        } else if let home = environment["HOME"], !home.isEmpty {
            user = home + "/.config/casebook/themes"
        }
        var shipped: [String] = []
        let exe = URL(fileURLWithPath: executablePath, relativeTo: URL(fileURLWithPath: currentDirectory)).standardizedFileURL
        for start in [exe.deletingLastPathComponent(), URL(fileURLWithPath: currentDirectory)] {
            var dir = start
            for _ in 0..<12 {
                let themes = dir.appendingPathComponent("themes")
                if FileManager.default.fileExists(atPath: themes.appendingPathComponent("default.toml").path),
                   FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
                    if !shipped.contains(themes.path) { shipped.append(themes.path) }
                    break
                }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        let installed = exe.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/casebook/themes").path
        if FileManager.default.fileExists(atPath: installed), !shipped.contains(installed) { shipped.append(installed) }
        return ThemeCatalog(userDirectory: user, shippedDirectories: shipped)
    }

    /// Where a theme name or path would be read from; nil when only the built-in default fits.
    public func locate(_ nameOrPath: String) -> (path: String, origin: Origin)? {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            return (nameOrPath, .path(nameOrPath))
        }
        if let user = userDirectory {
            let path = user + "/" + nameOrPath + ".toml"
            if FileManager.default.fileExists(atPath: path) { return (path, .user(path)) }
        }
        for dir in shippedDirectories {
            let path = dir + "/" + nameOrPath + ".toml"
            if FileManager.default.fileExists(atPath: path) { return (path, .shipped(path)) }
        }
        return nil
    }

    /// Loads a theme (nil: "default"). On any error, the built-in default comes back with them.
    public func load(_ nameOrPath: String?) -> Loaded {
        let name = nameOrPath ?? "default"
        guard let found = locate(name) else {
            if name == "default" { return Loaded(theme: .builtinDefault, errors: [], origin: .builtin) }
            return Loaded(theme: .builtinDefault, errors: [ThemeError(file: name, problem: .unknownTheme(name))], origin: .builtin)
        }
        let (theme, errors) = loadChain(path: found.path, name: Self.themeName(found.path))
        if errors.isEmpty, let theme { return Loaded(theme: theme, errors: [], origin: found.origin) }
        return Loaded(theme: .builtinDefault, errors: errors, origin: .builtin)
    }

    /// Every problem in one theme file, including those of the parents it inherits from.
    public func check(file path: String) -> [ThemeError] {
        loadChain(path: path, name: Self.themeName(path)).1
    }

    /// All themes by name, each from the first place that provides it, the built-in default
    /// included when no file shadows it.
    public func list() -> [Listing] {
        var seen: [String: Origin] = [:]
        var order: [String] = []
        let dirs = (userDirectory.map { [($0, true)] } ?? []) + shippedDirectories.map { ($0, false) }
        for (dir, isUser) in dirs {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            for file in files.sorted() where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                guard seen[name] == nil else { continue }
                let path = dir + "/" + file
                seen[name] = isUser ? .user(path) : .shipped(path)
                order.append(name)
            }
        }
        if seen["default"] == nil { seen["default"] = .builtin; order.insert("default", at: 0) }
        return order.map { Listing(name: $0, origin: seen[$0]!) }
    }

    static func themeName(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        return last.hasSuffix(".toml") ? String(last.dropLast(5)) : last
    }

    /// Reads a file and its `inherits` chain. A parent named like the file itself (a user's
    /// `default.toml` inheriting "default") is taken from the next place down, ending at the
    /// built-in default, so overriding a shipped theme does not loop.
    private func loadChain(path: String, name: String) -> (Theme?, [ThemeError]) {
        var chain: [ThemeFile] = []
        var errors: [ThemeError] = []
        var visited: [String] = []
        var current: (text: String, file: String)?
        do {
            current = (try String(contentsOfFile: path, encoding: .utf8), path)
        } catch {
            return (nil, [ThemeError(file: path, problem: .unreadable(error.localizedDescription))])
        }
        while let (text, file) = current {
            visited.append(file)
            let parsed = ThemeFile.parse(text, file: file)
            errors += parsed.errors
            chain.append(parsed.file)
            current = nil
            guard let parent = parsed.file.inherits else { break }
            let candidates = parentCandidates(parent)
            guard let next = candidates.first(where: { !visited.contains($0) }) else {
                if candidates.isEmpty {
                    errors.append(ThemeError(file: file, key: "inherits", problem: .missingParent(parent)))
                } else {
                    errors.append(ThemeError(file: file, key: "inherits", problem: .inheritsCycle(visited.map(Self.themeName) + [parent])))
                }
                break
            }
            if next == "<built-in default>" {
                current = (BuiltinThemes.defaultTOML, next)
                continue
            }
            do {
                current = (try String(contentsOfFile: next, encoding: .utf8), next)
            } catch {
                errors.append(ThemeError(file: next, problem: .unreadable(error.localizedDescription)))
            }
        }
        let resolved = ThemeResolver.resolve(chain: chain, name: name)
        errors += resolved.errors
        return (resolved.theme, errors)
    }

    private func parentCandidates(_ name: String) -> [String] {
        if name.contains("/") || name.hasSuffix(".toml") {
            return FileManager.default.fileExists(atPath: name) ? [name] : []
        }
        var paths: [String] = []
        for dir in (userDirectory.map { [$0] } ?? []) + shippedDirectories {
            let path = dir + "/" + name + ".toml"
            if FileManager.default.fileExists(atPath: path) { paths.append(path) }
        }
        if name == "default" { paths.append("<built-in default>") }
        return paths
    }
}
