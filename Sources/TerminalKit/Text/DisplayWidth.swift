#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A UTF-8 `LC_CTYPE` locale used only around `wcwidth` calls, so widths match what ncurses
/// (which asks the same `wcwidth`) will draw, without changing the process-wide locale.
/// Created once; Swift initialises globals lazily and thread-safely.
nonisolated(unsafe) private let utf8CTypeLocale: locale_t? = {
    for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
        if let loc = newlocale(LC_CTYPE_MASK, name, nil) { return loc }
    }
    return nil
}()

// glibc declares wcwidth only under _XOPEN_SOURCE, which Swift's Glibc module does not set;
// the symbol is always exported, and (int) -> int is the same in Swift's and C's convention.
@_silgen_name("wcwidth")
private func c_wcwidth(_ c: Int32) -> Int32

/// The grapheme drawn in place of a control character, so pasted binary never reaches the
/// terminal raw. Tabs are drawn as one space instead (see `drawableGrapheme`).
public let controlPlaceholder: Character = "\u{FFFD}"

/// The terminal column count of one Unicode scalar, as the C library's `wcwidth` reports it
/// (-1 for non-printable scalars).
public func wcwidthOfScalar(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v >= 0x20 && v < 0x7F { return 1 }
    guard let loc = utf8CTypeLocale else { return fallbackWidth(of: scalar) }
    let previous = uselocale(loc)
    defer { uselocale(previous) }
    return Int(c_wcwidth(Int32(bitPattern: v)))
}

/// Used only if no UTF-8 locale exists: wide East Asian ranges and emoji are 2, marks 0.
private func fallbackWidth(of scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return -1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
        || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
        || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v) {
        return 2
    }
    return 1
}

/// Whether a grapheme is a control character (C0, DEL, C1, or a CR LF pair).
public func isControl(_ grapheme: Character) -> Bool {
    guard let first = grapheme.unicodeScalars.first else { return false }
    let v = first.value
    return v < 0x20 || (v >= 0x7F && v < 0xA0)
}

/// What the buffer draws for a grapheme: a tab becomes one space and any other control
/// character becomes `controlPlaceholder`, so measuring and drawing always agree.
public func drawableGrapheme(_ grapheme: Character) -> Character {
    guard isControl(grapheme) else { return grapheme }
    return grapheme == "\t" ? " " : controlPlaceholder
}

/// The number of terminal columns a grapheme occupies when drawn.
///
/// The width is that of its first scalar (as ncurses computes it), except that an emoji
/// presentation selector (VS16), a ZWJ emoji sequence or a regional-indicator flag make it 2.
/// Control characters measure 1 because they are drawn as a placeholder. Combining marks on
/// their own measure 0 and are not drawn.
public func displayWidth(of grapheme: Character) -> Int {
    let scalars = grapheme.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.value >= 0x20 && first.value < 0x7F && scalars.count == 1 { return 1 }
    if isControl(grapheme) { return 1 }
    var hasZWJ = false
    var regionalIndicators = 0
    for s in scalars {
        switch s.value {
        case 0xFE0F: return 2
        case 0x200D: hasZWJ = true
        case 0x1F1E6...0x1F1FF: regionalIndicators += 1
        default: break
        }
    }
    if regionalIndicators >= 2 { return 2 }
    if hasZWJ && first.properties.isEmoji && first.value > 0x7F { return 2 }
    let w = wcwidthOfScalar(first)
    if w < 0 { return first.properties.generalCategory == .format ? 0 : 1 }
    return w
}

/// The number of terminal columns a string occupies when drawn.
public func displayWidth<S: StringProtocol>(of string: S) -> Int {
    var total = 0
    for g in string { total += displayWidth(of: g) }
    return total
}
