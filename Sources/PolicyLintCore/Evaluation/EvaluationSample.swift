/// One labelled sentence of an evaluation set.
public struct EvaluationSample: Sendable, Equatable {
    /// The 1-based line in the file.
    public let line: Int
    /// The barrier kinds (text rule ids) the sentence states; empty for `none`.
    public let labels: Set<String>
    /// The sentence.
    public let sentence: String

    /// Creates a sample.
    public init(line: Int, labels: Set<String>, sentence: String) {
        self.line = line
        self.labels = labels
        self.sentence = sentence
    }
}
