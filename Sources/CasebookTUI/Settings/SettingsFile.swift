import CasebookCore
import Foundation
import TOMLKit

/// Reads and writes `config.toml`. A broken file is reported and left alone (defaults are used
/// for what cannot be read) until the user saves from the settings screen, so a typo never
/// silently loses the rest of what they wrote; keys this version does not know are kept.
public struct SettingsFile: Sendable, Equatable {
    public var path: String

    public struct Loaded: Sendable, Equatable {
        public var settings: Settings
        /// Every problem found; empty when the file was fine or absent.
        public var errors: [SettingsError]
    }

    static let idleKey = "idle_lock_minutes"
    static let codeOnlyKey = "code_only"
    static let themeKey = "theme"
    static let passphraseKey = "passphrase_hash"
    static let knownKeys: Set<String> = [idleKey, codeOnlyKey, themeKey, passphraseKey]

    public init(path: String) { self.path = path }

    /// `$XDG_CONFIG_HOME/casebook/config.toml`, else `~/.config/casebook/config.toml`; nil when
    /// neither variable is set.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> SettingsFile? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return SettingsFile(path: xdg + "/casebook/config.toml") }
        if let home = environment["HOME"], !home.isEmpty { return SettingsFile(path: home + "/.config/casebook/config.toml") }
        return nil
    }

    /// The settings in the file; a missing file gives the defaults with no error.
    public func load() -> Loaded {
        guard FileManager.default.fileExists(atPath: path) else { return Loaded(settings: Settings(), errors: []) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return Loaded(settings: Settings(), errors: [SettingsError(file: path, problem: "cannot read the file; check its permissions. Using default settings.")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return Loaded(settings: Settings(), errors: [SettingsError(file: path, problem: "the file is not UTF-8 text. Using default settings.")])
        }
        return parse(text)
    }

    func parse(_ text: String) -> Loaded {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let begin = error.source.begin
            return Loaded(settings: Settings(), errors: [SettingsError(
                file: path, line: begin.line,
                problem: "TOML syntax error: \(error.description) (column \(begin.column)). Using default settings; saving from the settings screen rewrites the file.")])
        } catch {
            return Loaded(settings: Settings(), errors: [SettingsError(file: path, problem: "TOML syntax error: \(error)")])
        }
        var settings = Settings()
        var errors: [SettingsError] = []
        func fail(_ key: String, _ problem: String) {
            errors.append(SettingsError(file: path, line: Self.line(of: key, in: text), key: key, problem: problem + "; using the default"))
        }
        if let value = table[Self.idleKey] {
            if let minutes = value.int, Settings.idleLockRange.contains(minutes) {
                settings.idleLockMinutes = minutes
            } else {
                fail(Self.idleKey, "must be a whole number of minutes from 0 (off) to 240, found \(value)")
            }
        }
        if let value = table[Self.codeOnlyKey] {
            if let flag = value.bool { settings.codeOnly = flag } else { fail(Self.codeOnlyKey, "must be true or false, found \(value)") }
        }
        if let value = table[Self.themeKey] {
            if let name = value.string, !name.isEmpty { settings.theme = name } else { fail(Self.themeKey, "must be a theme name in quotes, found \(value)") }
        }
        if let value = table[Self.passphraseKey] {
            if let stored = value.string {
                do {
                    _ = try Passphrase(stored: stored)
                    settings.passphraseHash = stored
                } catch {
                    fail(Self.passphraseKey, "\(error)")
                }
            } else {
                fail(Self.passphraseKey, "must be a string written by the settings screen")
            }
        }
        return Loaded(settings: settings, errors: errors)
    }

    /// Writes the settings atomically (a private temporary file renamed over the old one) into a
    /// folder only the user can enter. Keys the file already had and this version does not
    /// know are carried over when the old file still parses.
    public func save(_ settings: Settings) throws {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw SettingsError(file: path, problem: "cannot create the folder \(folder): \(error.localizedDescription)")
        }
        chmod(folder, 0o700)
        let text = render(settings)
        let temporary = folder + "/.config.toml.\(getpid()).\(UInt32.random(in: .min ... .max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw SettingsError(file: path, problem: "cannot write in \(folder): \(String(cString: strerror(errno)))") }
        let bytes = Array(text.utf8)
        var written = 0
        var failure: String?
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno)); break
            }
            written += n
        }
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw SettingsError(file: path, problem: "could not save the settings (\(failure)); the previous file is unchanged")
        }
    }

    /// The TOML text for `settings`, keeping foreign keys of the current file when it parses.
    func render(_ settings: Settings) -> String {
        let table = TOMLTable()
        if let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8),
           let old = try? TOMLTable(string: text) {
            for key in old.keys where !Self.knownKeys.contains(key) { table[key] = old[key] }
        }
        table[Self.idleKey] = settings.idleLockMinutes
        table[Self.codeOnlyKey] = settings.codeOnly
        if let theme = settings.theme { table[Self.themeKey] = theme }
        if let hash = settings.passphraseHash { table[Self.passphraseKey] = hash }
        return table.convert(to: .toml) + "\n"
    }

    /// The line a top-level key is written on, since the TOML library locates only syntax errors.
    static func line(of key: String, in text: String) -> Int? {
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            guard line.hasPrefix(key) || line.hasPrefix("\"\(key)\"") else { continue }
            let rest = line.dropFirst(line.hasPrefix("\"") ? key.count + 2 : key.count).drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("=") { return index + 1 }
        }
        return nil
    }
}
