/// The patterns the binary ships (the built-in rulebook's and the negation cues), analysed when the table
/// `Resources/known-patterns.tsv` was generated, so start-up reads their required literals instead of parsing them:
/// a shipped pattern is parsed only when it is first matched. A test regenerates the table and fails when it is stale;
/// a pattern missing from it (any user rulebook's) is parsed at load as before.
///
/// The table is text: an entry is a line `=` + two flags (`i` ignore case or `c` case-sensitive: as the rule asked,
/// then after the pattern's own flag), a tab and the source; each line after it that starts with `+` is one set of
/// required literals, each after a tab. Backslash, tab, line feed and carriage return are written `\\ \t \n \r`.
enum KnownPatterns {
    /// A pattern as a rule asks for it.
    struct Key: Hashable, Sendable {
        /// The pattern as written.
        let source: String
        /// Whether the rule asked for case to be ignored.
        let ignoreCase: Bool
    }

    /// The table, by pattern, read once from the embedded text.
    private static let table: [Key: PatternAnalysis] = read(PackageResources.known_patterns_tsv)

    /// The analysis of a shipped pattern, or nil for any other.
    static func analysis(of source: String, ignoreCase: Bool) -> PatternAnalysis? {
        table[Key(source: source, ignoreCase: ignoreCase)]
    }

    /// The table in `bytes` (lines it cannot read are skipped: their patterns are then parsed at load).
    static func read(_ bytes: [UInt8]) -> [Key: PatternAnalysis] {
        var table: [Key: PatternAnalysis] = [:]
        var current: (key: Key, ignoresCase: Bool, requirements: [[[Unicode.Scalar]]])?
        func finish() {
            guard let entry = current else { return }
            table[entry.key] = PatternAnalysis(source: entry.key.source, requestedIgnoreCase: entry.key.ignoreCase,
                                               ignoresCase: entry.ignoresCase, requirements: entry.requirements)
            current = nil
        }
        var field: [UInt8] = []
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: newline) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            let fields = tabSeparated(bytes, lineStart..<lineEnd)
            guard let head = fields.first else { continue }
            if head.count == 3, bytes[head.lowerBound] == UInt8(ascii: "="),
               let requested = flag(bytes[head.lowerBound + 1]), let effective = flag(bytes[head.lowerBound + 2]) {
                finish()
                guard fields.count == 2, unescape(bytes[fields[1]], into: &field), let source = String(validating: field, as: UTF8.self) else { continue }
                current = (Key(source: source, ignoreCase: requested), effective, [])
            } else if head.count == 1, bytes[head.lowerBound] == UInt8(ascii: "+"), current != nil {
                var literals: [[Unicode.Scalar]] = []
                for range in fields.dropFirst() {
                    guard unescape(bytes[range], into: &field), let literal = scalars(field) else { break }
                    literals.append(literal)
                }
                guard literals.count == fields.count - 1, !literals.isEmpty else {
                    current = nil
                    continue
                }
                current?.requirements.append(literals)
            }
        }
        finish()
        return table
    }

    private static let newline = UInt8(ascii: "\n")

    /// The ranges of the tab-separated fields of `bytes[line]`.
    private static func tabSeparated(_ bytes: [UInt8], _ line: Range<Int>) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        var start = line.lowerBound
        for index in line where bytes[index] == UInt8(ascii: "\t") {
            fields.append(start..<index)
            start = index + 1
        }
        fields.append(start..<line.upperBound)
        return fields
    }

    /// The case rule a flag byte names: `i` ignores case, `c` does not.
    private static func flag(_ byte: UInt8) -> Bool? {
        switch byte {
        case UInt8(ascii: "i"): return true
        case UInt8(ascii: "c"): return false
        default: return nil
        }
    }

    /// Writes `escaped` without its escapes into `bytes`; false on an unknown or dangling escape.
    private static func unescape(_ escaped: ArraySlice<UInt8>, into bytes: inout [UInt8]) -> Bool {
        bytes.removeAll(keepingCapacity: true)
        var escaping = false
        for byte in escaped {
            if escaping {
                switch byte {
                case UInt8(ascii: "\\"): bytes.append(byte)
                case UInt8(ascii: "t"): bytes.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "n"): bytes.append(newline)
                case UInt8(ascii: "r"): bytes.append(UInt8(ascii: "\r"))
                default: return false
                }
                escaping = false
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else {
                bytes.append(byte)
            }
        }
        return !escaping
    }

    /// The scalars of UTF-8 `bytes` (ASCII read directly), or nil when they are not valid UTF-8.
    private static func scalars(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        if bytes.allSatisfy({ $0 < 0x80 }) { return bytes.map { Unicode.Scalar($0) } }
        return String(validating: bytes, as: UTF8.self).map { Array($0.unicodeScalars) }
    }

    /// `text` escaped for a table field.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Writes the known-pattern table (`Resources/known-patterns.tsv`) from the patterns the binary ships.
public enum KnownPatternTable {
    /// Where the generated table lives, relative to the package root.
    public static let path = "Sources/PolicyLintCore/Resources/known-patterns.tsv"

    /// The table's text, analysing every shipped pattern afresh (the current table is not consulted).
    public static func generatedSource() throws(InputErrors) -> String {
        let rulebook = try RulebookLoader(principles: PrincipleCatalogues.builtIn()).builtIn()
        var keys: [KnownPatterns.Key] = NegationCues.sources.map { KnownPatterns.Key(source: $0, ignoreCase: true) }
        for match in rulebook.rules.compactMap(\.textMatch) {
            let patterns = match.patterns + match.unless + match.softenedBy
            keys += patterns.map { KnownPatterns.Key(source: $0.analysis.source, ignoreCase: $0.analysis.requestedIgnoreCase) }
        }
        let unique = Set(keys).sorted { ($0.source, $0.ignoreCase ? 1 : 0) < ($1.source, $1.ignoreCase ? 1 : 0) }
        // A pattern that no longer parses is left out, so loading the rulebook reports it as it would any bad pattern.
        let analyses = unique.compactMap { try? PatternAnalysis.analyse($0.source, ignoreCase: $0.ignoreCase).analysis }
        var lines = [
            "# Generated by `swift run policylint generate-pattern-table`: do not edit. The analyses of the patterns the binary",
            "# ships; the format is described in KnownPatterns.swift, and a test fails when this file is stale.",
        ]
        for analysis in analyses {
            lines.append("=" + (analysis.requestedIgnoreCase ? "i" : "c") + (analysis.ignoresCase ? "i" : "c") + "\t" + KnownPatterns.escaped(analysis.source))
            for set in analysis.requirements {
                lines.append("+" + set.map { "\t" + KnownPatterns.escaped(String(String.UnicodeScalarView($0))) }.joined())
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
