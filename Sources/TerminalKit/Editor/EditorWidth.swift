#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// glibc declares `wcwidth` only under _XOPEN_SOURCE, which the Swift Glibc module does not set.
@_silgen_name("wcwidth")
private func systemWcwidth(_ c: Int32) -> Int32

/// `wcwidth` answers by the C locale's idea of characters; in the default "C" locale every
/// non-ASCII scalar is -1, so the editor switches LC_CTYPE to UTF-8 once before asking.
private let utf8LocaleReady: Bool = {
    let current = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "C"
    if !current.uppercased().contains("UTF-8") && !current.uppercased().contains("UTF8") {
        if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "en_US.UTF-8") }
    }
    return true
}()

/// Cells a grapheme takes in the editor. Internal stand-in for the shared display-width
/// function (Text/DisplayWidth.swift), computed the way ncurses does: `wcwidth` of the first
/// scalar, widened to 2 for emoji presentation sequences (VS16, ZWJ, flag pairs).
/// Control characters (tab, stray CR) count as one cell: the view draws them as a visible stand-in.
func editorCellWidth(_ c: Character) -> Int {
    let scalars = c.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.value < 0x80 { return 1 }
    if scalars.count > 1 {
        var regional = 0
        for s in scalars {
            if s.value == 0xFE0F || s.value == 0x200D { return 2 }
            if (0x1F1E6...0x1F1FF).contains(s.value) { regional += 1 }
        }
        if regional >= 2 { return 2 }
    }
    _ = utf8LocaleReady
    let w = Int(systemWcwidth(Int32(bitPattern: first.value)))
    if w >= 0 { return w }
    // Unassigned or control: combining marks are zero, everything else one cell.
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .spacingMark, .format: return 0
    default: return 1
    }
}
