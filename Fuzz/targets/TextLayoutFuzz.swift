/// libFuzzer target: width, truncation, word wrapping and drawing into a `Buffer`, on any text.
/// Wrapped lines must keep every grapheme in order (only break spaces and newlines fall between
/// lines) and fit the width; truncation never splits a grapheme or overflows; a drawn row never
/// holds a control character or a wide cell without its continuation.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let width = input.below(48)
    let alignment = [Alignment.left, .right, .center][input.below(3)]
    var text = ""
    while !input.isEmpty { text += input.text() }
    let graphemes = Array(text)

    let lines = WordWrap.lines(of: text, width: width)
    check(!lines.isEmpty, "no line for a text")
    var covered = 0
    for line in lines {
        check(line.graphemeRange.lowerBound >= covered && line.graphemeRange.upperBound <= graphemes.count, "wrapped lines out of order")
        for skipped in graphemes[covered..<line.graphemeRange.lowerBound] {
            check(skipped == " " || WordWrap.isNewline(skipped), "a wrap dropped \(skipped.debugDescription)")
        }
        let shown = graphemes[line.graphemeRange]
        check(String(text[line.range]) == String(shown), "range and grapheme range disagree")
        check(line.width == shown.reduce(0) { $0 + displayWidth(of: $1) }, "line width miscounted")
        check(line.width <= max(1, width) || shown.count == 1, "a wrapped line is wider than \(width)")
        covered = line.graphemeRange.upperBound
    }
    for skipped in graphemes[covered...] { check(skipped == " " || WordWrap.isNewline(skipped), "a wrap dropped the end") }
    for offset in [0, graphemes.count / 2, graphemes.count] {
        let location = WordWrap.location(ofGraphemeOffset: offset, in: lines, text: text)
        check(lines.indices.contains(location.line) && location.column >= 0, "cursor location out of the lines")
    }

    let cut = Truncation.truncate(text, toWidth: width)
    check(displayWidth(of: cut) <= width, "truncated text overflows")
    let kept = cut != text && cut.hasSuffix(String(Truncation.ellipsis)) ? String(cut.dropLast()) : cut
    check(Array(text.prefix(kept.count)) == Array(kept), "truncation split a grapheme")
    let prefix = Truncation.prefix(text, fittingWidth: width)
    check(displayWidth(of: prefix) <= width && Array(text.prefix(prefix.count)) == Array(prefix), "prefix overflows or splits")
    check(displayWidth(of: Truncation.fit(text, toWidth: width, alignment: alignment)) == width, "fit is not exactly the width")

    let area = Size(width: 1 + width % 24, height: 2)
    var buffer = Buffer(size: area)
    let used = buffer.setString(x: width % (area.width + 1), y: 1, text, maxWidth: width)
    check(used <= area.width, "drew past the row")
    for x in 0..<area.width {
        let cell = buffer[x, 1]
        check(cell.grapheme.count <= 1, "a cell holds two graphemes")
        check(!cell.grapheme.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7f }, "control character drawn")
        if cell.width == 2 { check(x + 1 < area.width && buffer[x + 1, 1].isContinuation, "wide cell not paired") }
        if cell.isContinuation { check(x > 0 && buffer[x - 1, 1].width == 2, "stray continuation") }
    }
    return 0
}
