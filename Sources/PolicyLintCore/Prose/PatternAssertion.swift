/// A zero-width test at a position of the text.
enum PatternAssertion: Sendable, Equatable {
    /// `^`: the start of the sentence searched.
    case start
    /// `$`: the end of the sentence searched.
    case end
    /// `\b`: between a word scalar and a non-word scalar (or the edge).
    case wordBoundary
    /// `\B`: not at a word boundary.
    case notWordBoundary
}
