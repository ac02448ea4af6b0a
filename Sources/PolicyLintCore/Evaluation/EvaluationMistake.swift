/// A sentence the text rules got wrong: a kind they reported that is not labelled, or missed.
public struct EvaluationMistake: Sendable, Equatable, Encodable {
    /// The line in the evaluation file.
    public let line: Int
    /// The kind concerned.
    public let kind: String
    /// True for a false positive, false for a false negative.
    public let reported: Bool
    /// The sentence.
    public let sentence: String
}
