/// Widens a matched phrase to whole words and whole amounts, so a message never quotes "£1" for "£1.5m".
///
/// A pattern stops as soon as it has seen enough (`at least £\d` is a minimum whatever the digits), but the
/// reported phrase and its underline should show what the text says. A phrase that ends inside a word is
/// carried to the end of that word; one that ends inside a number or amount is carried to the end of the
/// amount: digits with `,` or `.` between digits, then an optional magnitude (`k`, `m`, `bn`, ` million`,
/// ` billion`, ` thousand`) or a percentage (`%`, ` per cent`, ` percent`). The start is widened the same way
/// backwards, to the start of the word or the amount (with its currency sign). The phrase never leaves
/// its sentence.
enum MatchExtent {
    /// Magnitude words that may follow an amount after one space.
    private static let spacedSuffixes: [String] = ["million", "billion", "thousand", "per cent", "percent"]

    /// `range` widened to whole words and amounts, within `limit`.
    static func widened(_ range: Range<Int>, in text: ProseText, within limit: Range<Int>) -> Range<Int> {
        guard !range.isEmpty, limit.contains(range.lowerBound), range.upperBound <= limit.upperBound else { return range }
        return widenedStart(range.lowerBound, in: text, within: limit)..<widenedEnd(range.upperBound, in: text, within: limit)
    }

    /// The end of the word or amount that `end` falls inside, or `end` itself.
    private static func widenedEnd(_ end: Int, in text: ProseText, within limit: Range<Int>) -> Int {
        let scalars = text.folded
        var position = end
        guard position > limit.lowerBound, position < limit.upperBound else { return position }
        // Finish the word ("£1" → "£100").
        while position < limit.upperBound, ScalarFolding.isWord(scalars[position - 1]), ScalarFolding.isWord(scalars[position]) {
            position += 1
        }
        guard isNumeric(scalars, endingAt: position, from: limit.lowerBound) else { return position }
        // Then the rest of the amount: separators between digits ("£100" → "£100,000", "£1" → "£1.5m").
        while position + 1 < limit.upperBound, isSeparator(scalars[position]), ScalarFolding.isDigit(scalars[position + 1]) {
            position += 1
            while position < limit.upperBound, ScalarFolding.isWord(scalars[position]) { position += 1 }
        }
        if position < limit.upperBound, scalars[position] == "%" { return position + 1 }
        return position + spacedSuffixLength(scalars, at: position, limit: limit.upperBound)
    }

    /// The start of the word or amount that `start` falls inside (with its currency sign), or `start` itself.
    private static func widenedStart(_ start: Int, in text: ProseText, within limit: Range<Int>) -> Int {
        let scalars = text.folded
        var position = start
        guard position > limit.lowerBound, position < limit.upperBound else { return position }
        while position > limit.lowerBound {
            if ScalarFolding.isWord(scalars[position]), ScalarFolding.isWord(scalars[position - 1]) {
                position -= 1
            } else if position - 2 >= limit.lowerBound, isSeparator(scalars[position - 1]), ScalarFolding.isDigit(scalars[position - 2]),
                      ScalarFolding.isDigit(scalars[position]) {
                position -= 2
            } else {
                break
            }
        }
        if position > limit.lowerBound, ScalarFolding.isDigit(scalars[position]), isCurrency(scalars[position - 1]) { position -= 1 }
        return position
    }

    /// Whether the word that ends at `end` holds a digit, so that what follows may continue an amount.
    private static func isNumeric(_ scalars: [Unicode.Scalar], endingAt end: Int, from lower: Int) -> Bool {
        var position = end
        while position > lower, ScalarFolding.isWord(scalars[position - 1]) {
            if ScalarFolding.isDigit(scalars[position - 1]) { return true }
            position -= 1
        }
        return false
    }

    /// The length of " million", " per cent" and the like at `position`, when it is a whole word there; else 0.
    private static func spacedSuffixLength(_ scalars: [Unicode.Scalar], at position: Int, limit: Int) -> Int {
        guard position < limit, scalars[position] == " ", position > 0, ScalarFolding.isDigit(scalars[position - 1]) else { return 0 }
        for suffix in spacedSuffixes {
            let suffixScalars = Array(suffix.unicodeScalars)
            let end = position + 1 + suffixScalars.count
            guard end <= limit, Array(scalars[(position + 1)..<end]) == suffixScalars else { continue }
            if end < limit, ScalarFolding.isWord(scalars[end]) { continue }
            return end - position
        }
        return 0
    }

    /// `,` and `.`, which separate the digits of one amount ("10,000", "1.5").
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool { scalar == "," || scalar == "." }

    /// Currency signs written before an amount.
    private static func isCurrency(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "£", "$", "€", "¥": return true
        default: return false
        }
    }
}
