import TerminalKit

/// Items joined by a separator (`a · b · c`) and laid out in lines no wider than a width,
/// breaking only between items and dropping the separator at each break: word wrapping would
/// leave it dangling at the end or the start of a line. An item wider than the line gets a
/// line of its own, which the paragraph then wraps at its spaces.
enum SeparatedLines {
    static func lines(_ items: [Line], separator: Span, width: Int) -> [Line] {
        var result: [Line] = []
        var current: [Span] = []
        var used = 0
        for item in items {
            let itemWidth = item.width
            if current.isEmpty {
                current = item.spans
                used = itemWidth
            } else if used + separator.width + itemWidth <= width {
                current += [separator] + item.spans
                used += separator.width + itemWidth
            } else {
                result.append(Line(current))
                current = item.spans
                used = itemWidth
            }
        }
        if !current.isEmpty { result.append(Line(current)) }
        return result
    }
}
