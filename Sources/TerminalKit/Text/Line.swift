/// A line of styled spans (no newlines inside; a paragraph is a list of lines).
public struct Line: Hashable, Sendable, ExpressibleByStringLiteral {
    public var spans: [Span]

    public init(_ spans: [Span]) { self.spans = spans }
    public init(_ text: String, style: Style = .plain) { self.spans = [Span(text, style: style)] }
    public init(stringLiteral value: String) { self.init(value) }

    public var text: String { spans.map(\.text).joined() }
    public var width: Int { spans.reduce(0) { $0 + $1.width } }
}
