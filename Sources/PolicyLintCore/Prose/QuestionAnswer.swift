/// The answer a question-and-answer layout gives a phrase asked about: "Is match funding required? No.",
/// "Do I need audited accounts? No, a statement of income is enough.", "Q: Do I need references? A: Not at this stage."
///
/// A matched phrase is asked about when a `?` follows it in its sentence with no `.`, `!` or `;` in between. The answer
/// is the text after that `?`, in the same sentence or the next one (FAQ answers usually start a new sentence), after
/// an optional `A:` or `Answer:` label. Only its first item is returned, as for a label's value (`LabelValue.item`), so
/// "No, unless you are a company" offers "No".
enum QuestionAnswer {
    /// The first item of the answer to the question that `match` is asked in, or nil when the phrase is not in a
    /// question or nothing follows the question.
    static func answer(after match: Range<Int>, in text: ProseText, sentence: Range<Int>) -> Range<Int>? {
        let scalars = text.scalars
        var index = match.upperBound
        while index < sentence.upperBound, scalars[index] != "?" {
            if scalars[index] == "." || scalars[index] == "!" || scalars[index] == ";" { return nil }
            index += 1
        }
        guard index < sentence.upperBound else { return nil }
        var start = skipSpaces(from: index + 1, in: scalars)
        start = skipAnswerLabel(from: start, in: scalars)
        guard start < scalars.count else { return nil }
        let item = LabelValue.item(from: start, in: scalars, sentence: 0..<scalars.count)
        return item.isEmpty ? nil : item
    }

    /// Whether `item`, an answer's first item, opens with a bare refusal: `no`, `not`, `never` or `nope` as its first
    /// word ("Not at this stage", "No - community groups can apply too").
    static func opensWithRefusal(_ item: Range<Int>, in text: ProseText) -> Bool {
        var upper = item.lowerBound
        while upper < item.upperBound, ScalarFolding.isWord(text.scalars[upper]) { upper += 1 }
        return ["no", "not", "never", "nope"].contains(text.flatText(item.lowerBound..<upper).lowercased())
    }

    /// The first offset at or after `start` that is not white space.
    private static func skipSpaces(from start: Int, in scalars: [Unicode.Scalar]) -> Int {
        var index = start
        while index < scalars.count, ScalarFolding.isSpace(scalars[index]) { index += 1 }
        return index
    }

    /// The offset after an `A:` or `Answer:` label at `start` (and the white space after it), or `start` when there is none.
    private static func skipAnswerLabel(from start: Int, in scalars: [Unicode.Scalar]) -> Int {
        var end = start
        while end < scalars.count, ScalarFolding.isWord(scalars[end]) { end += 1 }
        guard end < scalars.count, scalars[end] == ":" else { return start }
        let word = String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
        return word == "a" || word == "answer" ? skipSpaces(from: end + 1, in: scalars) : start
    }
}
