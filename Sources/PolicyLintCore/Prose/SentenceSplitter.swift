/// Splits prose into sentences: at `.`, `!` and `?` before a space and a word that does not
/// start in lower case, at blank lines, and before list items and table rows that start a line.
///
/// Abbreviations such as `e.g.`, `St.` and `No.` and numbers such as `2.5` do not end sentences.
public enum SentenceSplitter {
    /// Abbreviations (lower case, without the final dot) after which a dot never ends a sentence.
    static let abbreviations: Set<String> = [
        "e.g", "i.e", "eg", "ie", "etc", "incl", "approx", "no", "nos", "st", "mr", "mrs", "ms", "dr", "cf", "vs",
        "para", "paras", "reg", "regs", "s", "ss", "sch", "art", "p", "pp", "fig", "cllr", "ltd", "co", "min", "max",
    ]

    /// Abbreviations that stand before a number ("No. 5", "Nos. 3 and 4"): before anything else their dot ends a
    /// sentence, so an answer "A: No. The contract will be let as one lot" is two sentences.
    static let numberAbbreviations: Set<String> = ["no", "nos"]

    /// The sentences of `text`, as ranges of scalar offsets trimmed of surrounding white space.
    public static func sentences(_ text: ProseText) -> [Range<Int>] {
        let scalars = text.original
        var ranges: [Range<Int>] = []
        var start = 0
        func close(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper, text.scalars[lower] == " " { lower += 1 }
            while upper > lower, text.scalars[upper - 1] == " " { upper -= 1 }
            if lower < upper { ranges.append(lower..<upper) }
            start = end
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isBreak(scalar) {
                var cursor = index + 1
                while cursor < scalars.count, scalars[cursor] == " " || scalars[cursor] == "\t" { cursor += 1 }
                if cursor < scalars.count, isBreak(scalars[cursor]) {
                    close(index)
                } else if cursor < scalars.count, startsListItemOrTableRow(scalars, at: cursor) {
                    close(index)
                }
            } else if scalar == "." || scalar == "!" || scalar == "?" {
                if endsSentence(scalars, at: index) {
                    var end = index + 1
                    while end < scalars.count, "\"')]”’".unicodeScalars.contains(scalars[end]) { end += 1 }
                    close(end)
                    index = end
                    continue
                }
            }
            index += 1
        }
        close(scalars.count)
        return ranges
    }

    private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}"
    }

    /// Whether a line starting at `index` is a list item (`- `, `1. `, `(2) ` …) or a table row (`| … |`): each row of
    /// a table written in a block scalar is then a sentence of its own, as in a Markdown file, so one row's answer
    /// ("| Audited accounts | Not required |") cannot deny the row before it ("| Match funding | 25% |").
    private static func startsListItemOrTableRow(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let first = scalars[index]
        if first == "|" { return true }
        let next = index + 1 < scalars.count ? scalars[index + 1] : " "
        if "-*•+–".unicodeScalars.contains(first) { return next == " " }
        var cursor = index
        while cursor < scalars.count, ScalarFolding.isDigit(scalars[cursor]) || (cursor == index && first == "(") { cursor += 1 }
        if cursor > index, cursor + 1 < scalars.count, scalars[cursor] == "." || scalars[cursor] == ")" { return scalars[cursor + 1] == " " }
        return false
    }

    private static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var cursor = index + 1
        while cursor < scalars.count, "\"')]”’".unicodeScalars.contains(scalars[cursor]) { cursor += 1 }
        guard cursor >= scalars.count || ScalarFolding.isSpace(scalars[cursor]) else { return false }
        while cursor < scalars.count, ScalarFolding.isSpace(scalars[cursor]) { cursor += 1 }
        var nextIsNumber = false
        if cursor < scalars.count {
            let next = scalars[cursor]
            if next.properties.isLowercase { return false }
            nextIsNumber = ScalarFolding.isDigit(next) || next == "#"
        }
        guard scalars[index] == "." else { return true }
        var wordStart = index
        while wordStart > 0, ScalarFolding.isWord(scalars[wordStart - 1]) || scalars[wordStart - 1] == "." { wordStart -= 1 }
        var word = ""
        word.unicodeScalars.append(contentsOf: scalars[wordStart..<index].map(ScalarFolding.lower))
        if numberAbbreviations.contains(word) { return !nextIsNumber }
        return !abbreviations.contains(word)
    }
}
