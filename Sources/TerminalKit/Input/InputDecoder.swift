/// Turns the raw bytes a terminal sends into `Event`s.
///
/// A value type so tests can drive it byte by byte with no terminal. Bytes are held only while a
/// sequence is incomplete; `flushTimeout()` resolves what is still pending once the Esc delay has
/// passed with no new byte (a lone ESC becomes Esc). Memory stays bounded on adversarial input:
/// overlong escape sequences are discarded up to their end, and a paste is handed over in
/// chunks of at most `maxPasteChunk` bytes rather than buffered without limit.
public struct InputDecoder: Sendable {
    /// Longest escape sequence kept while waiting for its final byte; longer ones are garbage.
    static let maxSequenceLength = 64
    /// A paste larger than this arrives as several `.paste` events, in order, nothing lost.
    static let maxPasteChunk = 1 << 20

    private static let pasteStart: [UInt8] = [0x1b, 0x5b, 0x32, 0x30, 0x30, 0x7e]
    private static let pasteEnd: [UInt8] = [0x1b, 0x5b, 0x32, 0x30, 0x31, 0x7e]

    private var pending: [UInt8] = []
    private var inPaste = false
    private var pasteBytes: [UInt8] = []
    /// Set while discarding an overlong escape sequence up to its final byte.
    private var discarding: Discard = .none

    private enum Discard: Sendable { case none, csi, string, stringEscape }

    public init() {}

    /// Whether bytes are waiting for more input (the caller should then wait at most the Esc
    /// delay and call `flushTimeout()` if nothing arrives).
    public var hasPending: Bool { !pending.isEmpty }

    /// Bytes held back (an incomplete sequence or an unfinished paste): what the fuzz tests bound.
    var pendingByteCount: Int { pending.count + pasteBytes.count }

    public mutating func feed(_ bytes: [UInt8]) -> [Event] {
        var events: [Event] = []
        var input = bytes[...]
        // A paste start found while decoding hands back the bytes after it, which are routed
        // again (into the paste); iterative so a flood of tiny pastes cannot exhaust the stack.
        while true {
            route(input, into: &events)
            guard let rest = decodePending(final: false, into: &events) else { break }
            input = rest
        }
        return events
    }

    private mutating func route(_ bytes: ArraySlice<UInt8>, into events: inout [Event]) {
        var bytes = bytes
        while !bytes.isEmpty {
            if inPaste {
                bytes = appendPaste(bytes, into: &events)
                continue
            }
            let byte = bytes.removeFirst()
            switch discarding {
            case .none:
                pending.append(byte)
                // Stop routing at a paste start so the paste body is taken in bulk, not byte by byte.
                if byte == 0x7e, pending.count >= 6, pending.suffix(6).elementsEqual(Self.pasteStart) {
                    if let rest = decodePending(final: false, into: &events) { bytes = rest + bytes }
                }
            case .csi:
                // Parameter and intermediate bytes go on; a final byte ends the sequence; any other
                // byte ends it too and is decoded on its own, as `parseCSI` does when the whole
                // sequence is in one read (they disagreed on `ESC [ 1;1;… 0x1f`: found by Fuzz/run).
                if (0x40...0x7e).contains(byte) {
                    discarding = .none
                } else if !(0x20...0x3f).contains(byte) {
                    discarding = .none
                    pending.append(byte)
                }
            case .string:
                // OSC/DCS end at BEL or ST (ESC \\).
                if byte == 0x07 || byte == 0x9c { discarding = .none }
                if byte == 0x1b { discarding = .stringEscape }
            case .stringEscape:
                // ESC \\ ends the string; ESC and anything else ends it too and is a key.
                discarding = .none
                if byte != 0x5c { pending += [0x1b, byte] }
            }
        }
    }

    /// Called when no byte has arrived within the Esc delay.
    public mutating func flushTimeout() -> [Event] {
        var events: [Event] = []
        var rest = decodePending(final: true, into: &events)
        while let input = rest {
            route(input, into: &events)
            rest = decodePending(final: true, into: &events)
        }
        return events
    }

    // MARK: - Paste

    /// Takes paste bytes in bulk; returns what follows the end marker, if it came.
    private mutating func appendPaste(_ bytes: ArraySlice<UInt8>, into events: inout [Event]) -> ArraySlice<UInt8> {
        let end = Self.pasteEnd
        let searchFrom = max(0, pasteBytes.count - (end.count - 1))
        pasteBytes.append(contentsOf: bytes)
        var k = searchFrom
        while k + end.count <= pasteBytes.count {
            if pasteBytes[k] == 0x1b, pasteBytes[k..<(k + end.count)].elementsEqual(end) {
                let rest = pasteBytes[(k + end.count)...]
                events.append(.paste(Self.pasteText(Array(pasteBytes[..<k]))))
                pasteBytes = []
                inPaste = false
                return ArraySlice(rest)
            }
            k += 1
        }
        while pasteBytes.count >= Self.maxPasteChunk + end.count {
            // Hand over all but a tail that might be the start of the end marker, cut at a
            // UTF-8 boundary so no character is split between two events.
            var cut = Self.maxPasteChunk
            while cut > 0, pasteBytes[cut] & 0xc0 == 0x80 { cut -= 1 }
            events.append(.paste(Self.pasteText(Array(pasteBytes[..<cut]))))
            pasteBytes.removeFirst(cut)
        }
        return []
    }

    static func pasteText(_ bytes: [UInt8]) -> String {
        var text = ""
        for ch in String(decoding: bytes, as: UTF8.self) {
            text.append(ch == "\r\n" || ch == "\r" ? "\n" : ch)
        }
        return text
    }

    // MARK: - Decoding

    /// Decodes what can be decoded; returns the bytes that followed a paste start or the start
    /// of an overlong sequence, if one was found, for the caller to route again.
    private mutating func decodePending(final: Bool, into events: inout [Event]) -> ArraySlice<UInt8>? {
        var i = 0
        var text: [Unicode.Scalar] = []
        func flushText() {
            guard !text.isEmpty else { return }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: text)
            for ch in String(s) { events.append(.key(KeyEvent(.character(String(ch))))) }
            text.removeAll()
        }
        loop: while i < pending.count {
            let b = pending[i]
            if b >= 0x20 && b != 0x7f {
                switch Self.decodeScalar(pending, at: i, final: final) {
                case .incomplete:
                    break loop
                case let .scalar(scalar, length):
                    i += length
                    // C1 controls are never text.
                    if !(0x80...0x9f).contains(scalar.value) { text.append(scalar) }
                    continue
                }
            }
            flushText()
            if b != 0x1b {
                events.append(.key(Self.controlKey(b)))
                i += 1
                continue
            }
            switch parseEscape(at: i, final: final) {
            case .incomplete:
                break loop
            case let .consumed(length, event):
                i += length
                if let event { events.append(event) }
            case let .startPaste(length):
                flushText()
                let rest = pending[(i + length)...]
                pending = []
                inPaste = true
                return rest
            case let .discard(kind):
                // Only the overlong sequence is garbage: what follows it in the same read goes
                // through the same discarding as bytes that arrive later, so keys after its
                // end are kept however the terminal split its writes.
                discarding = kind
                let rest = pending[(i + 2)...]
                pending = []
                return rest
            }
        }
        flushText()
        pending.removeFirst(i)
        return nil
    }

    private enum ScalarResult { case incomplete, scalar(Unicode.Scalar, Int) }

    /// Decodes one UTF-8 scalar; anything invalid becomes U+FFFD for one byte, so garbage can
    /// never stall the decoder or crash it.
    private static func decodeScalar(_ bytes: [UInt8], at i: Int, final: Bool) -> ScalarResult {
        let lead = bytes[i]
        let replacement = ScalarResult.scalar("\u{FFFD}", 1)
        let length: Int, minimum: UInt32
        var value: UInt32
        switch lead {
        case 0x00...0x7f: return .scalar(Unicode.Scalar(lead), 1)
        case 0xc2...0xdf: length = 2; minimum = 0x80; value = UInt32(lead & 0x1f)
        case 0xe0...0xef: length = 3; minimum = 0x800; value = UInt32(lead & 0x0f)
        case 0xf0...0xf4: length = 4; minimum = 0x10000; value = UInt32(lead & 0x07)
        default: return replacement
        }
        for k in 1..<length {
            guard i + k < bytes.count else { return final ? replacement : .incomplete }
            let c = bytes[i + k]
            guard c & 0xc0 == 0x80 else { return replacement }
            value = value << 6 | UInt32(c & 0x3f)
        }
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return .scalar("\u{FFFD}", length) }
        return .scalar(scalar, length)
    }

    private static func controlKey(_ b: UInt8) -> KeyEvent {
        switch b {
        case 0x0d, 0x0a: return KeyEvent(.enter)
        case 0x09: return KeyEvent(.tab)
        case 0x08, 0x7f: return KeyEvent(.backspace)
        case 0x00: return KeyEvent(.character(" "), modifiers: .ctrl)
        case 0x01...0x1a: return KeyEvent(.character(String(UnicodeScalar(b + 0x60))), modifiers: .ctrl)
        case 0x1c: return KeyEvent(.character("\\"), modifiers: .ctrl)
        case 0x1d: return KeyEvent(.character("]"), modifiers: .ctrl)
        case 0x1e: return KeyEvent(.character("^"), modifiers: .ctrl)
        case 0x1f: return KeyEvent(.character("_"), modifiers: .ctrl)
        default: return KeyEvent(.escape)
        }
    }

    private enum EscapeResult {
        case incomplete
        case consumed(Int, Event?)
        case startPaste(Int)
        case discard(Discard)
    }

    private func parseEscape(at i: Int, final: Bool) -> EscapeResult {
        let n = pending.count - i
        guard n >= 2 else { return final ? .consumed(1, .key(KeyEvent(.escape))) : .incomplete }
        let b = pending[i + 1]
        switch b {
        case 0x5b: // [
            return parseCSI(at: i, final: final)
        case 0x4f: // O: SS3
            guard n >= 3 else {
                return final ? .consumed(2, .key(KeyEvent(.character("O"), modifiers: .alt))) : .incomplete
            }
            return .consumed(3, Self.ss3(pending[i + 2]).map { .key($0) })
        case 0x5d, 0x50, 0x5f, 0x5e: // ] P _ ^ : OSC, DCS, APC, PM strings
            // The same ends as `route` applies once a string is being discarded: BEL or ST
            // (0x9c, ESC \\); any other ESC ends the string and starts a key of its own.
            for k in (i + 2)..<pending.count {
                switch pending[k] {
                case 0x07, 0x9c: return .consumed(k - i + 1, nil)
                case 0x1b:
                    guard k + 1 < pending.count else { return final ? .consumed(k - i + 1, nil) : .incomplete }
                    return .consumed(k - i + (pending[k + 1] == 0x5c ? 2 : 0), nil)
                default: continue
                }
            }
            if final || n > Self.maxSequenceLength { return .discard(.string) }
            return .incomplete
        case 0x1b:
            // ESC ESC: the first is a plain Esc; the second starts afresh.
            return .consumed(1, .key(KeyEvent(.escape)))
        default:
            if b < 0x20 || b == 0x7f {
                var key = Self.controlKey(b)
                key.modifiers.insert(.alt)
                return .consumed(2, .key(key))
            }
            switch Self.decodeScalar(pending, at: i + 1, final: final) {
            case .incomplete: return .incomplete
            case let .scalar(scalar, length):
                return .consumed(1 + length, .key(KeyEvent(.character(String(scalar)), modifiers: .alt)))
            }
        }
    }

    private static func ss3(_ b: UInt8) -> KeyEvent? {
        switch b {
        case 0x41: return KeyEvent(.up)
        case 0x42: return KeyEvent(.down)
        case 0x43: return KeyEvent(.right)
        case 0x44: return KeyEvent(.left)
        case 0x48: return KeyEvent(.home)
        case 0x46: return KeyEvent(.end)
        case 0x50...0x53: return KeyEvent(.function(Int(b) - 0x50 + 1))
        case 0x4d: return KeyEvent(.enter)
        default: return nil
        }
    }

    private func parseCSI(at i: Int, final: Bool) -> EscapeResult {
        // Linux console F1–F5: ESC [ [ A..E
        if pending.count > i + 2, pending[i + 2] == 0x5b {
            guard pending.count > i + 3 else { return final ? .consumed(3, nil) : .incomplete }
            let c = pending[i + 3]
            return .consumed(4, (0x41...0x45).contains(c) ? .key(KeyEvent(.function(Int(c) - 0x40))) : nil)
        }
        var j = i + 2
        while j < pending.count, (0x20...0x3f).contains(pending[j]) { j += 1 }
        guard j < pending.count else {
            if j - i > Self.maxSequenceLength { return .discard(.csi) }
            guard final else { return .incomplete }
            // ESC [ alone is Alt-[; a longer sequence cut short is swallowed, never leaked as text.
            return .consumed(j - i, j - i == 2 ? .key(KeyEvent(.character("["), modifiers: .alt)) : nil)
        }
        let finalByte = pending[j]
        // Overlong even though complete: garbage, as it is when its end arrives in a later read.
        if j - i > Self.maxSequenceLength { return .consumed((0x40...0x7e).contains(finalByte) ? j - i + 1 : j - i, nil) }
        guard (0x40...0x7e).contains(finalByte) else {
            // Not a well-formed CSI: drop what we read, let the odd byte be decoded on its own.
            return .consumed(j - i, nil)
        }
        let body = String(decoding: pending[(i + 2)..<j], as: UTF8.self)
        let length = j - i + 1
        if body == "200" && finalByte == 0x7e { return .startPaste(length) }
        return .consumed(length, Self.csiEvent(body: body, final: finalByte))
    }

    private static func csiEvent(body: String, final: UInt8) -> Event? {
        if body.hasPrefix("<") { return sgrMouse(body: body.dropFirst(), final: final) }
        guard body.allSatisfy({ $0.isNumber || $0 == ";" }) else { return nil }
        let params = body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 1 }
        let mods = params.count >= 2 ? KeyModifiers(xtermParameter: params[1]) : []
        func key(_ k: Key) -> Event { .key(KeyEvent(k, modifiers: mods)) }
        switch final {
        case 0x41: return key(.up)
        case 0x42: return key(.down)
        case 0x43: return key(.right)
        case 0x44: return key(.left)
        case 0x48: return key(.home)
        case 0x46: return key(.end)
        case 0x5a: return .key(KeyEvent(.backTab, modifiers: mods.union(.shift)))
        case 0x50...0x53: return key(.function(Int(final) - 0x50 + 1))
        case 0x49 where body.isEmpty: return .focus(true)
        case 0x4f where body.isEmpty: return .focus(false)
        case 0x75: // CSI codepoint ; modifiers u (fixterms / kitty)
            // `exactly`: a code past UInt32 (`CSI 9999999999 u`) trapped here (found by Fuzz/run).
            // A code that does not parse is no key (not the default 1, which typed U+0001).
            guard let written = body.split(separator: ";", omittingEmptySubsequences: false).first, let code = Int(written),
                  let value = UInt32(exactly: max(0, code)), let scalar = Unicode.Scalar(value) else {
                return nil
            }
            switch code {
            case 13: return key(.enter)
            case 9: return key(.tab)
            case 27: return key(.escape)
            case 127: return key(.backspace)
            default: return key(.character(String(scalar)))
            }
        case 0x7e:
            switch params.first ?? 0 {
            case 1, 7: return key(.home)
            case 2: return key(.insert)
            case 3: return key(.delete)
            case 4, 8: return key(.end)
            case 5: return key(.pageUp)
            case 6: return key(.pageDown)
            case 11...15: return key(.function(params[0] - 10))
            case 17...21: return key(.function(params[0] - 11))
            case 23...26: return key(.function(params[0] - 12))
            case 28...29: return key(.function(params[0] - 13))
            case 31...34: return key(.function(params[0] - 14))
            default: return nil
            }
        default:
            return nil
        }
    }

    private static func sgrMouse(body: Substring, final: UInt8) -> Event? {
        let parts = body.split(separator: ";").compactMap { Int($0) }
        guard parts.count == 3, final == 0x4d || final == 0x6d else { return nil }
        let code = parts[0]
        var mods: KeyModifiers = []
        if code & 4 != 0 { mods.insert(.shift) }
        if code & 8 != 0 { mods.insert(.alt) }
        if code & 16 != 0 { mods.insert(.ctrl) }
        let button = code & 3
        let kind: MouseEvent.Kind
        if code & 64 != 0 {
            kind = button == 0 ? .scrollUp : .scrollDown
        } else if code & 32 != 0 {
            kind = button == 3 ? .move : .drag(button)
        } else {
            kind = final == 0x4d ? .press(button) : .release(button)
        }
        return .mouse(MouseEvent(kind: kind, position: Position(x: parts[1] - 1, y: parts[2] - 1), modifiers: mods))
    }
}
