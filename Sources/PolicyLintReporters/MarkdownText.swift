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

    /// `text` with every markup character backslash-escaped and control characters dropped.
    /// Text a rulebook author wrote (why, alternatives, fixes) as Markdown: prose escaped as `prose` does, but
    /// `code spans` in backticks kept as code, so a YAML snippet in an alternative renders as code.
    /// A backtick without a partner on its line is escaped.
    static func authored(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line -> String in
            let pieces = line.split(separator: "`", omittingEmptySubsequences: false).map(String.init)
            // Pieces at odd positions lie between a pair of backticks; an odd count of backticks leaves the last one unpaired.
            let paired = pieces.count % 2 == 1 ? pieces.count : pieces.count - 1
            var out = ""
            for (index, piece) in pieces.enumerated() {
                if index % 2 == 1, index < paired, !piece.isEmpty, !piece.contains("\n") {
                    out += "`" + piece.filter { $0 != "\r" } + "`"
                } else {
                    if index % 2 == 1 { out += "\\`" }
                    out += index == 0 ? prose(piece) : inline(piece)
                }
            }
            return out
        }.joined(separator: "\n")
    }

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
