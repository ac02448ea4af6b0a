/// Blanks the HTML markup of prose pasted from a web page or published as data (OCDS tender notices often hold HTML),
/// keeping every offset, so the text rules read the words and findings still point at them: a tag becomes spaces (a
/// block tag such as `<p>`, `<br>` or `<li>` starts with a blank line, so it ends the sentence before it, as a paragraph
/// does), a comment becomes spaces, and a character reference such as `&amp;` its character padded with spaces.
///
/// Text with no tag is left alone, so `R&D`, `x < y` or `&c;` in ordinary prose is read as written.
enum HTMLMarkup {
    /// Tags that end a paragraph, a line or a cell.
    static let blockTags: Set<String> = [
        "p", "br", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
        "thead", "tbody", "section", "article", "header", "footer", "blockquote", "hr", "pre",
    ]

    /// Tags that only style or link words; they become spaces. With `blockTags`, the names read as tags: `<y and z>`
    /// in ordinary prose is left alone. A name with a colon (`<o:p>`, which word processors write) is a tag too.
    static let inlineTags: Set<String> = [
        "span", "strong", "b", "i", "em", "u", "a", "font", "sup", "sub", "small", "big", "img", "code", "abbr", "cite", "s",
        "strike", "del", "ins", "mark", "label", "center", "caption", "col", "colgroup", "tfoot", "main", "nav", "figure",
        "figcaption", "address", "time", "q", "wbr",
    ]

    /// Named character references and the scalar each stands for.
    static let named: [String: Unicode.Scalar] = [
        "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "lsquo": "'", "rsquo": "'",
        "ldquo": "\"", "rdquo": "\"", "ndash": "-", "mdash": "-", "pound": "£", "euro": "€", "hellip": ".", "bull": "•",
    ]

    /// The longest tag read as one; a longer stretch between `<` and `>` is left as text.
    private static let longestTag = 1_000

    /// `scalars` with their markup blanked, or unchanged when they hold no tag.
    static func blanked(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.contains("<") else { return scalars }
        var result = scalars
        var sawTag = false
        var commentClose = CommentClose()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<", let (end, name) = tag(in: scalars, at: index, commentClose: &commentClose) else {
                index += 1
                continue
            }
            sawTag = true
            for offset in index..<end { result[offset] = " " }
            if let name, blockTags.contains(name) {
                result[index] = "\n"
                result[index + 1] = "\n"
            }
            index = end
        }
        guard sawTag else { return scalars }
        index = 0
        while index < scalars.count {
            guard scalars[index] == "&", let (end, character) = reference(in: scalars, at: index) else {
                index += 1
                continue
            }
            // The character sits next to the word it belongs to: before a letter or digit, at the end (`&pound;5` reads
            // `£5`); otherwise at the start (`Smith&#39; fund` reads `Smith' fund`).
            let beforeWord = end < scalars.count && ScalarFolding.isWord(scalars[end])
            for offset in index..<end { result[offset] = " " }
            result[beforeWord ? end - 1 : index] = character
            index = end
        }
        return result
    }

    /// Where the next `-->` ends, found once and reused by every comment that opens before it, so a text of many
    /// unclosed `<!--` is read in linear time.
    struct CommentClose {
        /// The offset the last search started from.
        var searchedFrom = -1
        /// The end of the first `-->` at or after it, or nil when there is none.
        var end: Int?

        /// The end of the first `-->` that starts at or after `offset`, or nil when there is none.
        mutating func first(in scalars: [Unicode.Scalar], from offset: Int) -> Int? {
            if searchedFrom >= 0, offset >= searchedFrom, end.map({ $0 - 3 >= offset }) ?? true { return end }
            searchedFrom = offset
            end = nil
            var cursor = offset
            while cursor + 2 < scalars.count {
                if scalars[cursor] == "-", scalars[cursor + 1] == "-", scalars[cursor + 2] == ">" {
                    end = cursor + 3
                    break
                }
                cursor += 1
            }
            return end
        }
    }

    /// The end of the tag or comment starting at `start` and the tag's lower-case name (nil for a comment), or nil when
    /// the `<` there starts no tag.
    private static func tag(in scalars: [Unicode.Scalar], at start: Int, commentClose: inout CommentClose) -> (end: Int, name: String?)? {
        let limit = min(scalars.count, start + longestTag)
        if starts(scalars, at: start, with: "<!--") {
            return commentClose.first(in: scalars, from: start + 4).map { ($0, nil) }
        }
        var cursor = start + 1
        if cursor < limit, scalars[cursor] == "/" { cursor += 1 }
        var name = ""
        while cursor < limit, name.isEmpty ? isASCIILetter(scalars[cursor]) : isASCIILetterOrDigit(scalars[cursor]) || scalars[cursor] == ":" {
            name.unicodeScalars.append(ScalarFolding.lower(scalars[cursor]))
            cursor += 1
        }
        guard !name.isEmpty, cursor < limit, blockTags.contains(name) || inlineTags.contains(name) || name.contains(":") else { return nil }
        let next = scalars[cursor]
        guard next == ">" || next == "/" || ScalarFolding.isSpace(next) else { return nil }
        while cursor < limit {
            if scalars[cursor] == ">" { return (cursor + 1, name) }
            if scalars[cursor] == "<" { return nil }
            cursor += 1
        }
        return nil
    }

    /// The end of the character reference starting at `start` and the scalar it stands for, or nil when there is none.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (end: Int, character: Unicode.Scalar)? {
        var cursor = start + 1
        var body = ""
        while cursor < scalars.count, cursor - start <= 10, scalars[cursor] != ";" {
            body.unicodeScalars.append(scalars[cursor])
            cursor += 1
        }
        guard cursor < scalars.count, scalars[cursor] == ";", !body.isEmpty else { return nil }
        let end = cursor + 1
        if let character = named[body] { return (end, character) }
        guard body.hasPrefix("#") else { return nil }
        let digits = body.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        guard let value, let character = Unicode.Scalar(value), value >= 0x20 else { return nil }
        return (end, ProseText.normalise(character))
    }

    private static func starts(_ scalars: [Unicode.Scalar], at index: Int, with prefix: String) -> Bool {
        let expected = Array(prefix.unicodeScalars)
        guard index + expected.count <= scalars.count else { return false }
        return Array(scalars[index..<(index + expected.count)]) == expected
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isASCIILetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        isASCIILetter(scalar) || ("0"..."9").contains(scalar)
    }
}
