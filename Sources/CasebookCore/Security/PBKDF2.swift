/// PBKDF2 (RFC 8018 §5.2) with HMAC-SHA-256 as the pseudorandom function.
enum PBKDF2 {
    static func deriveSHA256(password: [UInt8], salt: [UInt8], iterations: Int, keyLength: Int) -> [UInt8] {
        precondition(iterations >= 1 && keyLength >= 1)
        let mac = HMACSHA256(key: password)
        var derived: [UInt8] = []
        var blockIndex: UInt32 = 1
        while derived.count < keyLength {
            let first = mac.authenticate(salt + SHA256.bytes(of: [blockIndex]))
            var u = (0..<8).map { SHA256.word(first, at: $0 * 4) }
            var t = u
            if iterations > 1 {
                for _ in 2...iterations {
                    u = mac.authenticate(words: u)
                    for i in 0..<8 { t[i] ^= u[i] }
                }
            }
            derived += SHA256.bytes(of: t)
            blockIndex += 1
        }
        return Array(derived.prefix(keyLength))
    }
}
