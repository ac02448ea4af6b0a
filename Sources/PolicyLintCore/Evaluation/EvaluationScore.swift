/// Counts and figures for one barrier kind, or for all of them together.
public struct EvaluationScore: Sendable, Equatable, Encodable {
    /// The kind (a text rule id), or `overall`.
    public let kind: String
    /// Sentences labelled with the kind on which its rule fired.
    public var truePositives = 0
    /// Sentences not labelled with the kind on which its rule fired.
    public var falsePositives = 0
    /// Sentences labelled with the kind on which its rule did not fire.
    public var falseNegatives = 0

    /// Creates an empty score.
    public init(kind: String) {
        self.kind = kind
    }

    /// The share of firings that were right; 1 when the rule never fired.
    public var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }

    /// The share of labelled sentences found; 1 when none were labelled.
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }

    /// Adds another score's counts.
    mutating func add(_ other: EvaluationScore) {
        truePositives += other.truePositives
        falsePositives += other.falsePositives
        falseNegatives += other.falseNegatives
    }

    private enum CodingKeys: String, CodingKey { case kind, truePositives, falsePositives, falseNegatives, precision, recall }

    /// Encodes the counts and the figures.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(truePositives, forKey: .truePositives)
        try container.encode(falsePositives, forKey: .falsePositives)
        try container.encode(falseNegatives, forKey: .falseNegatives)
        try container.encode(precision, forKey: .precision)
        try container.encode(recall, forKey: .recall)
    }
}
