import PolicyYAML

/// Spans for tests that only need a line.
enum SourceSpanFactory {
    /// A one-column span at the start of `line`.
    static func span(line: Int) -> SourceSpan {
        SourceSpan(start: SourcePosition(line: line, column: 1, offset: line * 10), end: SourcePosition(line: line, column: 2, offset: line * 10 + 1))
    }
}
