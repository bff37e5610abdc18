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
                // Buffers are reused across iterations and refilled element by element, so the
                // hot loop allocates nothing (assigning whole arrays would copy on write).
                var block = [UInt32](repeating: 0, count: 16)
                block[8] = 0x8000_0000
                block[15] = UInt32((SHA256.blockLength + SHA256.digestLength) * 8)
                var inner = mac.innerState
                var outer = mac.outerState
                for _ in 2...iterations {
                    for i in 0..<8 { block[i] = u[i]; inner[i] = mac.innerState[i] }
                    SHA256.compress(&inner, block)
                    for i in 0..<8 { block[i] = inner[i]; outer[i] = mac.outerState[i] }
                    SHA256.compress(&outer, block)
                    for i in 0..<8 { u[i] = outer[i]; t[i] ^= outer[i] }
                }
            }
            derived += SHA256.bytes(of: t)
            blockIndex += 1
        }
        return Array(derived.prefix(keyLength))
    }
}
