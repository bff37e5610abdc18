import Foundation

/// The lock-screen passphrase, kept only as a slow salted hash in the settings file:
/// `pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>`. The iteration count is stored so
/// it can be raised later without invalidating existing passphrases.
public struct Passphrase: Hashable, Sendable {
    public static let scheme = "pbkdf2-sha256"
    public static let defaultIterations = 200_000
    public static let saltLength = 16
    public static let hashLength = 32
    /// A stored count above this is refused, so an edited file cannot hang the lock screen.
    public static let maximumIterations = 10_000_000

    public var iterations: Int
    public var salt: [UInt8]
    public var hash: [UInt8]

    /// Derives the hash of a new passphrase with a fresh random salt. Lower `iterations` are
    /// for tests only; the interface always uses the default.
    public static func make(_ passphrase: String, iterations: Int = defaultIterations) -> Passphrase {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<saltLength).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return make(passphrase, salt: salt, iterations: iterations)
    }

    public static func make(_ passphrase: String, salt: [UInt8], iterations: Int) -> Passphrase {
        Passphrase(iterations: iterations, salt: salt,
                   hash: derive(passphrase, salt: salt, iterations: iterations, length: hashLength))
    }

    /// Reads a stored string, refusing anything that is not exactly the expected shape.
    public init(stored: String) throws {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4 else {
            throw PassphraseError("expected 4 parts separated by `$` (scheme$iterations$salt$hash), found \(parts.count)")
        }
        guard parts[0] == Self.scheme else { throw PassphraseError("unknown scheme \"\(parts[0])\"; only \(Self.scheme) is supported") }
        guard let iterations = Int(parts[1]), iterations >= 1, iterations <= Self.maximumIterations else {
            throw PassphraseError("iteration count \"\(parts[1])\" is not a number from 1 to \(Self.maximumIterations)")
        }
        guard let salt = Data(base64Encoded: parts[2]), !salt.isEmpty else { throw PassphraseError("the salt is not valid base64") }
        guard let hash = Data(base64Encoded: parts[3]) else { throw PassphraseError("the hash is not valid base64") }
        guard hash.count == Self.hashLength else {
            throw PassphraseError("the hash is \(hash.count) bytes, expected \(Self.hashLength)")
        }
        self.init(iterations: iterations, salt: Array(salt), hash: Array(hash))
    }

    public init(iterations: Int, salt: [UInt8], hash: [UInt8]) {
        self.iterations = iterations
        self.salt = salt
        self.hash = hash
    }

    public var stored: String {
        "\(Self.scheme)$\(iterations)$\(Data(salt).base64EncodedString())$\(Data(hash).base64EncodedString())"
    }

    /// Whether `candidate` is the passphrase; the comparison takes the same time wherever the
    /// first differing byte is.
    public func matches(_ candidate: String) -> Bool {
        Self.constantTimeEqual(Self.derive(candidate, salt: salt, iterations: iterations, length: hash.count), hash)
    }

    /// Checks a candidate against a stored string in one step.
    public static func verify(_ candidate: String, against stored: String) throws -> Bool {
        try Passphrase(stored: stored).matches(candidate)
    }

    /// PBKDF2-HMAC-SHA-256 over raw bytes, exposed for the published test vectors.
    public static func pbkdf2SHA256(password: [UInt8], salt: [UInt8], iterations: Int, keyLength: Int) -> [UInt8] {
        PBKDF2.deriveSHA256(password: password, salt: salt, iterations: iterations, keyLength: keyLength)
    }

    public static func sha256(_ message: [UInt8]) -> [UInt8] { SHA256.hash(message) }

    public static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        HMACSHA256(key: key).authenticate(message)
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in 0..<a.count { difference |= a[i] ^ b[i] }
        return difference == 0
    }

    /// Unicode-normalised first, so the same passphrase typed on terminals that send composed
    /// or decomposed accents still matches.
    private static func derive(_ passphrase: String, salt: [UInt8], iterations: Int, length: Int) -> [UInt8] {
        PBKDF2.deriveSHA256(password: Array(passphrase.precomposedStringWithCanonicalMapping.utf8),
                            salt: salt, iterations: iterations, keyLength: length)
    }
}
