/// The value a label–value layout gives the phrase before it: "Match funding: none", "Match funding – not needed",
/// "Audited accounts (not required)", "| Audited accounts | No |".
///
/// A matched phrase is a label when it is followed, within a few words and with no other punctuation or linking word
/// in between, by a colon, a dash (`-` between spaces, or `–` / `—`), an opening bracket or a table cell bar `|`.
/// A bracketed aside inside the label ("Audited accounts (last three years): none") is offered as a value too, then
/// stepped over. The value's first item runs from the separator to the next comma, semicolon, colon, full stop, `!`,
/// `?`, bracket, bar or dash, so "none, but in-kind support is welcome" offers "none".
struct LabelValue: Equatable {
    /// Where the separator between label and value is.
    let separator: Range<Int>
    /// The value's first item, without the white space around it (empty when nothing follows the separator).
    let item: Range<Int>

    /// The values a label–value layout offers `match` in `sentence`, nearest first: each bracket inside the label, then
    /// the value after the separator; none when the phrase is not a label. `boundaries` are the sentence's clause
    /// boundaries (a linking word among them ends the label), and `maxWords` the most words between phrase and separator.
    static func values(after match: Range<Int>, in text: ProseText, sentence: Range<Int>, boundaries: [Range<Int>],
                       maxWords: Int) -> [LabelValue] {
        let scalars = text.scalars
        let linkingWordStarts = Set(boundaries.filter { ScalarFolding.isWord(scalars[$0.lowerBound]) }.map(\.lowerBound))
        var values: [LabelValue] = []
        var words = 0
        var index = match.upperBound
        while index < sentence.upperBound {
            if let width = separatorWidth(at: index, in: scalars, sentence: sentence) {
                let separator = index..<(index + width)
                values.append(LabelValue(separator: separator, item: item(from: separator.upperBound, in: scalars, sentence: sentence)))
                return values
            }
            let scalar = scalars[index]
            if scalar == "(" {
                values.append(LabelValue(separator: index..<(index + 1), item: item(from: index + 1, in: scalars, sentence: sentence)))
                guard let close = ((index + 1)..<sentence.upperBound).first(where: { scalars[$0] == ")" }) else { return values }
                index = close + 1
                continue
            }
            if Self.endsLabel(scalar) { return values }
            if ScalarFolding.isWord(scalar), index == 0 || !ScalarFolding.isWord(scalars[index - 1]) {
                words += 1
                if words > maxWords || linkingWordStarts.contains(index) { return values }
            }
            index += 1
        }
        return values
    }

    /// The width of a label separator at `index` (a colon, a bar, `–`, `—`, or `-` between white space), if one is there.
    private static func separatorWidth(at index: Int, in scalars: [Unicode.Scalar], sentence: Range<Int>) -> Int? {
        switch scalars[index] {
        case ":", "|", "–", "—":
            return 1
        case "-":
            let spaceBefore = index > sentence.lowerBound && ScalarFolding.isSpace(scalars[index - 1])
            let spaceAfter = index + 1 >= sentence.upperBound || ScalarFolding.isSpace(scalars[index + 1])
            return spaceBefore && spaceAfter ? 1 : nil
        default:
            return nil
        }
    }

    /// Whether `scalar`, met between a phrase and any separator, shows the phrase is not a label.
    private static func endsLabel(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ".", "!", "?", ")": return true
        default: return false
        }
    }

    /// The first item of a value that starts at `start`: up to the next punctuation that ends an item, trimmed of white space.
    static func item(from start: Int, in scalars: [Unicode.Scalar], sentence: Range<Int>) -> Range<Int> {
        var lower = start
        while lower < sentence.upperBound, ScalarFolding.isSpace(scalars[lower]) { lower += 1 }
        var upper = lower
        while upper < sentence.upperBound, !endsItem(at: upper, in: scalars, sentence: sentence) { upper += 1 }
        while upper > lower, ScalarFolding.isSpace(scalars[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Whether the scalar at `index` ends a value's item: `, ; : . ! ? ( ) |`, `–`, `—`, or `-` between white space.
    private static func endsItem(at index: Int, in scalars: [Unicode.Scalar], sentence: Range<Int>) -> Bool {
        switch scalars[index] {
        case ",", ";", ":", ".", "!", "?", "(", ")", "|": return true
        default: return separatorWidth(at: index, in: scalars, sentence: sentence) != nil
        }
    }
}
