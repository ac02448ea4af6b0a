/// Which literal requirements are met in which sentence of one field, as found by `LiteralPrefilter`.
///
/// A requirement is one set of literals a pattern needs (`TextPattern.requirements`); it is met
/// in a sentence when one of its literals lies wholly inside the sentence.
struct PatternCandidates: Sendable {
    /// 64-bit words per sentence.
    private let words: Int
    /// The bit of requirement `r` in sentence `s` is bit `r % 64` of `bits[s × words + r / 64]`.
    private var bits: [UInt64]

    /// No requirement met yet, for `sentences` sentences and `requirements` requirements.
    init(sentences: Int, requirements: Int) {
        words = (requirements + 63) / 64
        bits = Array(repeating: 0, count: words * sentences)
    }

    /// Marks `requirement` as met in `sentence`.
    mutating func insert(_ requirement: Int, sentence: Int) {
        bits[sentence * words + requirement >> 6] |= 1 << UInt64(requirement & 63)
    }

    /// Whether `requirement` is met in `sentence`.
    func contains(_ requirement: Int, sentence: Int) -> Bool {
        (bits[sentence * words + requirement >> 6] >> UInt64(requirement & 63)) & 1 == 1
    }
}
