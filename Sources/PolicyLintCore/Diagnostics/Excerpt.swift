import PolicyYAML

/// The source lines a finding points at, kept with the finding so reporters need no file access.
///
/// A line longer than `maxLineLength` scalars (a paragraph exported from a word processor as one line, or a hostile
/// file) is shown as a window around the finding, with `…` where text was left out, so output stays proportional to
/// the findings rather than to the longest line.
public struct Excerpt: Sendable, Equatable, Codable {
    /// The 1-based number of the first line.
    public let firstLine: Int
    /// The lines' text, without line breaks.
    public let lines: [String]
    /// For each line, how far its columns moved when its start was left out: column `c` of the file is column
    /// `c - shift` of the shown line (0 for a line shown from its start).
    public let shifts: [Int]

    /// The most scalars of one line an excerpt shows.
    public static let maxLineLength = 240
    /// How many scalars before the finding a shortened line keeps, for context.
    static let leadingContext = 40

    private enum CodingKeys: String, CodingKey {
        case firstLine, lines
    }

    /// Creates an excerpt; `shifts` default to 0 (every line shown from its start).
    public init(firstLine: Int, lines: [String], shifts: [Int]? = nil) {
        self.firstLine = firstLine
        self.lines = lines
        self.shifts = shifts ?? Array(repeating: 0, count: lines.count)
    }

    /// Decodes an excerpt whose lines are shown from their start.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(firstLine: try container.decode(Int.self, forKey: .firstLine), lines: try container.decode([String].self, forKey: .lines))
    }

    /// The lines a span covers, at most `maxLines` of them, long lines shortened to a window around the span; none for
    /// a file saved as UTF-16 or UTF-32 (`SourceText.foreignEncoding`), whose bytes read as UTF-8 are only noise.
    public init(source: SourceText, span: SourceSpan, maxLines: Int = 4) {
        guard source.foreignEncoding == nil else {
            firstLine = span.start.line
            lines = []
            shifts = []
            return
        }
        var last = span.end.line
        if span.end.column == 1, last > span.start.line { last -= 1 }
        last = min(last, span.start.line + maxLines - 1, max(source.lineCount, span.start.line))
        firstLine = span.start.line
        var lines: [String] = []
        var shifts: [Int] = []
        for number in span.start.line...max(span.start.line, last) {
            let isStart = number == span.start.line
            let (text, shift) = Self.window(of: source, line: number, from: isStart ? span.start.column : 1,
                                            at: isStart ? span.start.offset : nil)
            lines.append(Self.printable(text))
            shifts.append(shift)
        }
        self.lines = lines
        self.shifts = shifts
    }

    /// Line `number` of `source` itself when short enough, else up to `maxLineLength` of its scalars from
    /// `leadingContext` scalars before column `column` (the last `maxLineLength` near the line's end), with `…` marking
    /// what was left out, and the shift of its columns. Worked out from bytes in steps bounded by `maxLineLength`, so
    /// a finding on a very long line costs no more than one on a short one. `offset` is the byte offset of `column`,
    /// when known (the start of the finding's span).
    static func window(of source: SourceText, line number: Int, from column: Int, at offset: Int?) -> (String, Int) {
        guard number >= 1, number <= source.lineStarts.count else { return ("", 0) }
        let bytes = source.bytes
        let lineStart = source.lineStarts[number - 1]
        var lineEnd = number < source.lineStarts.count ? source.lineStarts[number] : bytes.count
        while lineEnd > lineStart, bytes[lineEnd - 1] == 0x0A || bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        if lineEnd - lineStart >= 2, bytes[lineEnd - 2] == 0xC2, bytes[lineEnd - 1] == 0x85 { lineEnd -= 2 }
        // A line of at most maxLineLength bytes has at most that many scalars.
        guard lineEnd - lineStart > maxLineLength else { return (source.line(number), 0) }
        func isLead(_ index: Int) -> Bool { bytes[index] & 0xC0 != 0x80 }
        func back(_ index: Int, _ steps: Int) -> (Int, Int) {
            var index = index
            var taken = 0
            while taken < steps, index > lineStart {
                index -= 1
                while index > lineStart, !isLead(index) { index -= 1 }
                taken += 1
            }
            return (index, taken)
        }
        func forward(_ index: Int, _ steps: Int) -> (Int, Int) {
            var index = index
            var taken = 0
            while taken < steps, index < lineEnd {
                index += 1
                while index < lineEnd, !isLead(index) { index += 1 }
                taken += 1
            }
            return (min(index, lineEnd), taken)
        }
        // The finding's column and byte offset (the line's start for a line after the first).
        var anchor = lineStart
        var anchorColumn = 1
        if let offset, offset >= lineStart, offset <= lineEnd {
            anchor = offset
            anchorColumn = column
        }
        var (lower, before) = back(anchor, leadingContext)
        var (upper, shown) = forward(lower, maxLineLength)
        if shown < maxLineLength {
            // Near the end of the line: show the last maxLineLength scalars instead.
            let (earlier, extra) = back(lower, maxLineLength - shown)
            lower = earlier
            before += extra
            (upper, shown) = forward(lower, maxLineLength)
        }
        let lowerColumn = anchorColumn - 1 - before
        guard lower > lineStart || upper < lineEnd else { return (source.line(number), 0) }
        var text = lower > lineStart ? "…" : ""
        text += String(decoding: bytes[lower..<upper], as: UTF8.self)
        if upper < lineEnd { text += "…" }
        return (text, lower > lineStart ? lowerColumn - 1 : 0)
    }

    /// The shift of line `number` (0 outside the excerpt).
    public func shift(ofLine number: Int) -> Int {
        let index = number - firstLine
        return shifts.indices.contains(index) ? shifts[index] : 0
    }

    /// The line with control characters (other than tab) shown as U+FFFD, so excerpts never drive the terminal.
    static func printable(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) }) else { return line }
        return String(String.UnicodeScalarView(line.unicodeScalars.map {
            ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) ? "\u{FFFD}" : $0
        }))
    }
}
