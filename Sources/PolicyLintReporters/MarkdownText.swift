/// Escaping for GitHub-flavoured Markdown, so policy text shows as written and cannot break tables or add markup.
enum MarkdownText {
    /// ASCII punctuation that can start or end Markdown markup (GitHub math `$` included).
    private static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#", "$"]

    /// `text` for one table cell: markup escaped, `|` escaped, line breaks as `<br>`.
    static func cell(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { inline(String($0)) }
            .joined(separator: "<br>")
    }

    /// `text` as paragraphs: markup escaped, and a line that would start a list, heading or code block neutralised.
    static func prose(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { line -> String in
                let trimmed = String(line.drop { $0 == " " || $0 == "\t" })
                var escaped = inline(trimmed)
                if let first = escaped.unicodeScalars.first, first == "-" || first == "+" || first == "=" {
                    escaped = "\\" + escaped
                } else if let marker = trimmed.firstIndex(where: { !$0.isASCII || !$0.isNumber }), marker != trimmed.startIndex,
                          trimmed[marker] == "." || trimmed[marker] == ")" {
                    let digits = trimmed[..<marker]
                    escaped = digits + "\\" + escaped.dropFirst(digits.count)
                }
                return escaped
            }
            .joined(separator: "\n")
    }

    /// Text a rulebook author wrote (why, alternatives, fixes) as Markdown: prose escaped as `prose` does, but
    /// `code spans` in backticks kept as code, so a YAML snippet in an alternative renders as code.
    /// A backtick without a partner on its line is escaped.
    static func authored(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line -> String in
            CodeSpans.pieces(line).enumerated().map { index, piece -> String in
                if piece.isCode { return "`" + piece.text + "`" }
                return (piece.afterStrayBacktick ? "\\`" : "") + (index == 0 ? prose(piece.text) : inline(piece.text))
            }.joined()
        }.joined(separator: "\n")
    }

    /// `text` with every markup character backslash-escaped and control characters dropped.
    static func inline(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if special.contains(scalar) {
                out += "\\"
                out.unicodeScalars.append(scalar)
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                out += scalar == "\t" ? " " : ""
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` safe as HTML character data (inside `<summary>`).
    static func html(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if scalar.value >= 0x20 && scalar.value != 0x7F { out.unicodeScalars.append(scalar) } else { out += " " }
            }
        }
        return out
    }
}
