/// What the sentence around a matched phrase does to it.
public enum MatchPolarity: String, Sendable, Equatable {
    /// The sentence states the barrier.
    case asserted
    /// The sentence denies it: "No match funding is required".
    case negated
    /// The sentence softens it: "in-kind contributions count as match", "match funding is welcome".
    case softened
}
