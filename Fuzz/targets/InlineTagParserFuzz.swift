/// libFuzzer target: the inline-tag parser on any bytes, decoded as UTF-8 with replacement.
/// Checks what every caller relies on: spans in order and in bounds, each pointing at a `#`
/// token whose last scalar matches its intensity. (A tag's sentence need not contain it: a tag
/// alone after a sentence tags that sentence.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let scalars = Array(text.unicodeScalars)
    let tags = InlineTagParser.parse(text)
    var previousEnd = 0
    for tag in tags {
        check(!tag.span.isEmpty && tag.span.lowerBound >= previousEnd && tag.span.upperBound <= scalars.count, "span out of order or bounds")
        previousEnd = tag.span.upperBound
        check(tag.sentenceSpan.lowerBound >= 0 && tag.sentenceSpan.upperBound <= scalars.count, "sentence out of bounds")
        check(scalars[tag.span.lowerBound] == "#", "span does not start at #")
        check((1...3).contains(tag.intensity), "intensity out of range")
        let last = scalars[tag.span.upperBound - 1]
        switch tag.intensity {
        case 1: check(last == "?", "intensity 1 without ?")
        case 3: check(last == "!", "intensity 3 without !")
        default: check(last != "?" && last != "!", "intensity 2 with a mark")
        }
        check(!tag.slug.isEmpty, "empty slug")
    }
    // Parsing is a pure function of the text: the same note gives the same tags.
    check(InlineTagParser.parse(text) == tags, "parse is not deterministic")
    return 0
}
