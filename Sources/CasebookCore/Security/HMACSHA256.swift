/// HMAC-SHA-256 (RFC 2104) with the key absorbed once into inner and outer states, which
/// PBKDF2 reuses so each of its many iterations costs two compressions rather than four.
struct HMACSHA256 {
    let innerState: [UInt32]
    let outerState: [UInt32]

    init(key: [UInt8]) {
        var block = key.count > SHA256.blockLength ? SHA256.hash(key) : key
        block += [UInt8](repeating: 0, count: SHA256.blockLength - block.count)
        innerState = Self.absorb(block.map { $0 ^ 0x36 })
        outerState = Self.absorb(block.map { $0 ^ 0x5c })
    }

    func authenticate(_ message: [UInt8]) -> [UInt8] {
        var inner = innerState
        SHA256.hash(message, continuing: &inner, alreadyProcessed: SHA256.blockLength)
        var outer = outerState
        SHA256.hash(SHA256.bytes(of: inner), continuing: &outer, alreadyProcessed: SHA256.blockLength)
        return SHA256.bytes(of: outer)
    }

    private static func absorb(_ padded: [UInt8]) -> [UInt32] {
        var state = SHA256.initialState
        var words = [UInt32](repeating: 0, count: 16)
        for i in 0..<16 {
            words[i] = SHA256.word(padded, at: i * 4)
        }
        SHA256.compress(&state, words)
        return state
    }
}
