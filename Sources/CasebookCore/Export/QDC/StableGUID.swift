/// Name-based UUIDs (version 5) so a code keeps its GUID across exports and a QDA tool that re-imports
/// the codebook recognises it as the same code.
enum StableGUID {
    /// Casebook's own namespace: the version-5 UUID of "casebook.codebook" in the RFC's DNS namespace.
    static let namespace: [UInt8] = uuidBytes(namespace: dnsNamespace, name: "casebook.codebook")

    /// Upper-case 8-4-4-4-12 hex, as REFI-QDA tools write GUIDs.
    static func guid(_ name: String) -> String {
        format(uuidBytes(namespace: namespace, name: name))
    }

    static func uuidBytes(namespace: [UInt8], name: String) -> [UInt8] {
        var bytes = Array(SHA1.digest(namespace + Array(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return bytes
    }

    static func format(_ bytes: [UInt8]) -> String {
        let hex = bytes.map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }
        let groups = [0..<4, 4..<6, 6..<8, 8..<10, 10..<16].map { hex[$0].joined() }
        return groups.joined(separator: "-")
    }

    /// 6ba7b810-9dad-11d1-80b4-00c04fd430c8 (RFC 9562, appendix A).
    static let dnsNamespace: [UInt8] = [
        0x6B, 0xA7, 0xB8, 0x10, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8,
    ]
}
