import PolicyYAML

/// The source lines a finding points at, kept with the finding so reporters need no file access.
public struct Excerpt: Sendable, Equatable, Codable {
    /// The 1-based number of the first line.
    public let firstLine: Int
    /// The lines' text, without line breaks.
    public let lines: [String]

    /// Creates an excerpt.
    public init(firstLine: Int, lines: [String]) {
        self.firstLine = firstLine
        self.lines = lines
    }

    /// The lines a span covers, at most `maxLines` of them.
    public init(source: SourceText, span: SourceSpan, maxLines: Int = 4) {
        var last = span.end.line
        if span.end.column == 1, last > span.start.line { last -= 1 }
        last = min(last, span.start.line + maxLines - 1, max(source.lineCount, span.start.line))
        firstLine = span.start.line
        lines = (span.start.line...max(span.start.line, last)).map { Self.printable(source.line($0)) }
    }

    /// The line with control characters (other than tab) shown as U+FFFD, so excerpts never drive the terminal.
    static func printable(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) }) else { return line }
        return String(String.UnicodeScalarView(line.unicodeScalars.map {
            ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) ? "\u{FFFD}" : $0
        }))
    }
}
