/// libFuzzer target: the terminal input decoder. The first byte picks how the rest is cut into
/// reads; however a terminal splits its writes, the keys, pastes and mouse reports must be the
/// same as from one read, and the decoder may never hold more than one paste chunk.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let cutSeed = Int(data[0])
    let stream = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let bound = InputDecoder.maxPasteChunk + 6

    var whole = InputDecoder()
    let wholeEvents = normalized(whole.feed(stream) + whole.flushTimeout())
    check(whole.pendingByteCount <= bound, "decoder holds \(whole.pendingByteCount) bytes")

    var chunked = InputDecoder()
    var events: [Event] = []
    var start = 0
    var step = 0
    while start < stream.count {
        let length = 1 + (cutSeed &+ step &* 7) % 13
        let end = min(stream.count, start + length)
        events += chunked.feed(Array(stream[start..<end]))
        check(chunked.pendingByteCount <= bound, "decoder holds \(chunked.pendingByteCount) bytes")
        start = end
        step += 1
    }
    events += chunked.flushTimeout()
    check(normalized(events) == wholeEvents, "chunked reads decode differently: \(normalized(events)) vs \(wholeEvents)")
    return 0
}

/// Typed characters may arrive as one event or several, and a paste may be handed over in
/// chunks; what counts is the sequence of text, keys and pastes.
private func normalized(_ events: [Event]) -> [Event] {
    var result: [Event] = []
    for event in events {
        switch (result.last, event) {
        case let (.key(last)?, .key(next)):
            if case let .character(a) = last.key, case let .character(b) = next.key, last.modifiers.isEmpty, next.modifiers.isEmpty {
                result[result.count - 1] = .key(KeyEvent(.character(a + b)))
            } else {
                result.append(event)
            }
        case let (.paste(a)?, .paste(b)):
            result[result.count - 1] = .paste(a + b)
        default:
            result.append(event)
        }
    }
    return result
}
