import Foundation

/// The patterns the binary ships (the built-in rulebook's and the negation cues), analysed when the table
/// `KnownPatterns+Table.swift` was generated, so start-up reads their required literals instead of parsing them:
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
    private static let table: [Key: PatternAnalysis] = read(Array(tableText.utf8))

    /// Starts reading the table on another core, so it is ready by the time the built-in rulebook's patterns need it.
    static func readInBackground() {
        DispatchQueue.global(qos: .userInitiated).async { _ = table.count }
    }

    /// The analysis of a shipped pattern, or nil for any other.
    ///
    /// Strings compare equal when canonically equivalent (a Greek question mark equals `;`), but patterns are parsed
    /// scalar by scalar, so a hit must also have the very same scalars.
    static func analysis(of source: String, ignoreCase: Bool) -> PatternAnalysis? {
        guard let known = table[Key(source: source, ignoreCase: ignoreCase)],
              known.source.unicodeScalars.elementsEqual(source.unicodeScalars) else { return nil }
        return known
    }

    /// The table in `bytes` (lines it cannot read are skipped: their patterns are then parsed at load).
    static func read(_ bytes: [UInt8]) -> [Key: PatternAnalysis] {
        var table: [Key: PatternAnalysis] = [:]
        var current: (key: Key, ignoresCase: Bool, requirements: [[[Unicode.Scalar]]])?
        /// Adds the entry being read, if any, to the table.
        func finish() {
            guard let entry = current else { return }
            table[entry.key] = PatternAnalysis(source: entry.key.source, requestedIgnoreCase: entry.key.ignoreCase,
                                               ignoresCase: entry.ignoresCase, requirements: entry.requirements)
            current = nil
        }
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: newline) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            let fields = tabSeparated(bytes, lineStart..<lineEnd)
            guard let head = fields.first, !head.isEmpty, bytes[head.lowerBound] != UInt8(ascii: "#") else { continue }
            guard head.count == 1, bytes[head.lowerBound] == UInt8(ascii: "+") else {
                // Any other line ends the entry before it, so sets after a line that cannot be read attach to nothing.
                finish()
                guard head.count == 3, bytes[head.lowerBound] == UInt8(ascii: "="),
                      let requested = flag(bytes[head.lowerBound + 1]), let effective = flag(bytes[head.lowerBound + 2]),
                      fields.count == 2, let field = unescaped(bytes[fields[1]]), let source = utf8String(field) else { continue }
                current = (Key(source: source, ignoreCase: requested), effective, [])
                continue
            }
            guard current != nil else { continue }
            var literals: [[Unicode.Scalar]] = []
            for range in fields.dropFirst() {
                guard let field = unescaped(bytes[range]), let literal = scalars(field), !literal.isEmpty else { break }
                literals.append(literal)
            }
            // A set with an unreadable or empty literal would filter wrongly, so the whole entry is dropped.
            guard literals.count == fields.count - 1, !literals.isEmpty else {
                current = nil
                continue
            }
            current?.requirements.append(literals)
        }
        finish()
        return table
    }

    /// The byte that ends a line.
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

    /// `escaped` without its escapes (itself when it has none); nil on an unknown or dangling escape.
    private static func unescaped(_ escaped: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard escaped.contains(UInt8(ascii: "\\")) else { return escaped }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(escaped.count)
        var escaping = false
        for byte in escaped {
            if escaping {
                switch byte {
                case UInt8(ascii: "\\"): bytes.append(byte)
                case UInt8(ascii: "t"): bytes.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "n"): bytes.append(newline)
                case UInt8(ascii: "r"): bytes.append(UInt8(ascii: "\r"))
                default: return nil
                }
                escaping = false
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else {
                bytes.append(byte)
            }
        }
        return escaping ? nil : bytes[...]
    }

    /// The scalars of UTF-8 `bytes` (ASCII read directly), or nil when they are not valid UTF-8.
    private static func scalars(_ bytes: ArraySlice<UInt8>) -> [Unicode.Scalar]? {
        if bytes.allSatisfy({ $0 < 0x80 }) { return bytes.map { Unicode.Scalar($0) } }
        return utf8String(bytes).map { Array($0.unicodeScalars) }
    }

    /// `bytes` as a string, or nil when they are not valid UTF-8 (decoding repairs bad bytes, so a change means invalid).
    private static func utf8String(_ bytes: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        if bytes.allSatisfy({ $0 < 0x80 }) { return text }
        return text.utf8.elementsEqual(bytes) ? text : nil
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
