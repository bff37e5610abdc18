/// The text a session's kept code list holds (`v2-session-code-lists`): its observations'
/// code ids and intensities as `tagID:intensity` pairs joined by commas, e.g. `12:2,40:1`.
enum SessionCodeList {
    /// The observations a list names, in its order; nil when the text is not such a list
    /// (a code id that is not a positive number, an intensity outside 1–3, a stray byte), so a
    /// damaged list is reported instead of drawn wrong. An empty text is a session with none.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> [AnalyzedObservation]? {
        var observations: [AnalyzedObservation] = []
        guard !bytes.isEmpty else { return observations }
        // Every pair takes at least four bytes ("1:2,").
        observations.reserveCapacity(bytes.count / 4 + 1)
        var index = 0
        let end = bytes.count
        while true {
            var tagID: Int64 = 0
            let digitsStart = index
            while index < end, bytes[index] &- 0x30 < 10 {
                guard tagID < (Int64.max - 9) / 10 else { return nil }
                tagID = tagID * 10 + Int64(bytes[index] &- 0x30)
                index += 1
            }
            guard index > digitsStart, tagID > 0, index + 1 < end, bytes[index] == UInt8(ascii: ":") else { return nil }
            let intensity = Int(bytes[index + 1]) - 0x30
            guard (1...3).contains(intensity) else { return nil }
            observations.append(AnalyzedObservation(tagID: tagID, intensity: intensity))
            index += 2
            if index == end { return observations }
            guard bytes[index] == UInt8(ascii: ","), index + 1 < end else { return nil }
            index += 1
        }
    }

    /// `parse` for a Swift string (tests, tools).
    static func parse(_ text: String) -> [AnalyzedObservation]? {
        var text = text
        return text.withUTF8 { parse($0) }
    }
}
