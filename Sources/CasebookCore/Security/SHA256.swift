/// SHA-256 (FIPS 180-4), written here so the passphrase check needs no crypto dependency on
/// Linux. Only what PBKDF2 needs: one-shot hashing and the raw compression function, which
/// lets PBKDF2 reuse the keyed HMAC states instead of rehashing the key every iteration.
enum SHA256 {
    static let digestLength = 32
    static let blockLength = 64

    static let initialState: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]

    static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// The digest of a whole message.
    static func hash(_ message: [UInt8]) -> [UInt8] {
        var state = initialState
        hash(message, continuing: &state, alreadyProcessed: 0)
        return bytes(of: state)
    }

    /// Pads and hashes `message` on top of `state`, which has already absorbed
    /// `alreadyProcessed` bytes (whole blocks), as HMAC does after its key block.
    static func hash(_ message: [UInt8], continuing state: inout [UInt32], alreadyProcessed: Int) {
        var padded = message
        padded.append(0x80)
        while padded.count % blockLength != 56 { padded.append(0) }
        let bitLength = UInt64(message.count + alreadyProcessed) &* 8
        for shift in stride(from: 56, through: 0, by: -8) { padded.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        var block = [UInt32](repeating: 0, count: 16)
        for start in stride(from: 0, to: padded.count, by: blockLength) {
            for i in 0..<16 {
                block[i] = word(padded, at: start + i * 4)
            }
            compress(&state, block)
        }
    }

    /// One application of the compression function to a block of 16 big-endian words.
    static func compress(_ state: inout [UInt32], _ block: [UInt32]) {
        state.withUnsafeMutableBufferPointer { s in
            block.withUnsafeBufferPointer { m in
                roundConstants.withUnsafeBufferPointer { k in
                    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                        for t in 0..<16 { w[t] = m[t] }
                        for t in 16..<64 {
                            let x = w[t - 15], y = w[t - 2]
                            let s0 = (x >> 7 | x << 25) ^ (x >> 18 | x << 14) ^ (x >> 3)
                            let s1 = (y >> 17 | y << 15) ^ (y >> 19 | y << 13) ^ (y >> 10)
                            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                        }
                        var a = s[0], b = s[1], c = s[2], d = s[3], e = s[4], f = s[5], g = s[6], h = s[7]
                        for t in 0..<64 {
                            let bigS1 = (e >> 6 | e << 26) ^ (e >> 11 | e << 21) ^ (e >> 25 | e << 7)
                            let choose = (e & f) ^ (~e & g)
                            let t1 = h &+ bigS1 &+ choose &+ k[t] &+ w[t]
                            let bigS0 = (a >> 2 | a << 30) ^ (a >> 13 | a << 19) ^ (a >> 22 | a << 10)
                            let majority = (a & b) ^ (a & c) ^ (b & c)
                            let t2 = bigS0 &+ majority
                            h = g; g = f; f = e; e = d &+ t1
                            d = c; c = b; b = a; a = t1 &+ t2
                        }
                        s[0] = s[0] &+ a; s[1] = s[1] &+ b; s[2] = s[2] &+ c; s[3] = s[3] &+ d
                        s[4] = s[4] &+ e; s[5] = s[5] &+ f; s[6] = s[6] &+ g; s[7] = s[7] &+ h
                    }
                }
            }
        }
    }

    /// The big-endian word of four bytes starting at `offset`.
    static func word(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        let b0 = UInt32(bytes[offset]) << 24
        let b1 = UInt32(bytes[offset + 1]) << 16
        let b2 = UInt32(bytes[offset + 2]) << 8
        return b0 | b1 | b2 | UInt32(bytes[offset + 3])
    }

    static func bytes(of words: [UInt32]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(words.count * 4)
        for word in words {
            out.append(UInt8(truncatingIfNeeded: word >> 24)); out.append(UInt8(truncatingIfNeeded: word >> 16))
            out.append(UInt8(truncatingIfNeeded: word >> 8)); out.append(UInt8(truncatingIfNeeded: word))
        }
        return out
    }
}
