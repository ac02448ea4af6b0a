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

    /// The lines a span covers, at most `maxLines` of them, long lines shortened to a window around the span.
    public init(source: SourceText, span: SourceSpan, maxLines: Int = 4) {
        var last = span.end.line
        if span.end.column == 1, last > span.start.line { last -= 1 }
        last = min(last, span.start.line + maxLines - 1, max(source.lineCount, span.start.line))
        firstLine = span.start.line
        var lines: [String] = []
        var shifts: [Int] = []
        for number in span.start.line...max(span.start.line, last) {
            let from = number == span.start.line ? span.start.column : 1
            let (text, shift) = Self.window(of: source.line(number), from: from)
            lines.append(Self.printable(text))
            shifts.append(shift)
        }
        self.lines = lines
        self.shifts = shifts
    }

    /// The shift of line `number` (0 outside the excerpt).
    public func shift(ofLine number: Int) -> Int {
        let index = number - firstLine
        return shifts.indices.contains(index) ? shifts[index] : 0
    }

    /// `line` itself when short enough, else up to `maxLineLength` of its scalars from a little before column `from`,
    /// with `…` marking what was left out, and the shift of its columns.
    static func window(of line: String, from column: Int) -> (String, Int) {
        let scalars = line.unicodeScalars
        guard scalars.count > maxLineLength else { return (line, 0) }
        let all = Array(scalars)
        let lower = min(max(0, column - 1 - leadingContext), max(0, all.count - maxLineLength))
        let upper = min(all.count, lower + maxLineLength)
        var text = String.UnicodeScalarView()
        if lower > 0 { text.append("…") }
        text.append(contentsOf: all[lower..<upper])
        if upper < all.count { text.append("…") }
        return (String(text), lower > 0 ? lower - 1 : 0)
    }

    /// The line with control characters (other than tab) shown as U+FFFD, so excerpts never drive the terminal.
    static func printable(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) }) else { return line }
        return String(String.UnicodeScalarView(line.unicodeScalars.map {
            ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) ? "\u{FFFD}" : $0
        }))
    }
}
