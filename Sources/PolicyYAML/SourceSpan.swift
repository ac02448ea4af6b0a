/// A half-open range of a source file, from `start` up to (not including) `end`.
public struct SourceSpan: Sendable, Hashable, CustomStringConvertible {
    /// The first position inside the span.
    public let start: SourcePosition
    /// The first position after the span.
    public let end: SourcePosition

    /// Creates a span; an `end` before `start` is clamped to `start`.
    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end < start ? start : end
    }

    /// A zero-width span at one position.
    public init(at position: SourcePosition) {
        self.init(start: position, end: position)
    }

    /// `line:column-line:column`.
    public var description: String { "\(start)-\(end)" }
}
