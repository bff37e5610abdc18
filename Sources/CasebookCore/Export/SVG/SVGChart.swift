import Foundation

/// Small charts for the HTML brief, drawn as inline SVG: no scripts, no fonts or images fetched from
/// anywhere, every label escaped, so the brief opens and prints the same on any machine.
public enum SVGChart {
    static let namespace = "http://www.w3.org/2000/svg"
    static let font = "font-family=\"sans-serif\" font-size=\"11\""

    static func document(width: Int, height: Int, title: String, body: String) -> String {
        let title = XMLEscaping.escape(title)
        return "<svg xmlns=\"\(namespace)\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\""
            + " role=\"img\" aria-label=\"\(XMLEscaping.escapeAttribute(title))\"><title>\(title)</title>\n"
            + body + "</svg>\n"
    }

    /// Numbers written with a dot and at most two decimals, whatever the locale.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.2f", locale: Locale(identifier: "en_US_POSIX"), rounded)
    }
}
