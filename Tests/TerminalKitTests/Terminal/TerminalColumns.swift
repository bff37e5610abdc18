#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The columns a terminal (xterm, tmux) gives a character: the C library's `wcwidth` in a UTF-8
/// locale, asked directly, so tests measure TerminalKit against the terminal and not against
/// TerminalKit's own width function.
func terminalColumns(_ scalar: Unicode.Scalar) -> Int {
    guard let locale = terminalLocale else { return -2 }
    let previous = uselocale(locale)
    defer { uselocale(previous) }
    return Int(libcWCWidth(Int32(bitPattern: scalar.value)))
}

nonisolated(unsafe) private let terminalLocale: locale_t? = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)

@_silgen_name("wcwidth")
private func libcWCWidth(_ c: Int32) -> Int32
