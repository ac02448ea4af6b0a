/// One located problem in an expression.
///
/// `offset` and `length` count Unicode scalars (not Characters, not UTF-16 units)
/// from the start of the source string, so the host can map them to file positions.
public struct CELProblem: Sendable, Equatable {
    /// Human-readable description, e.g. "expected ')' but found end of input".
    public let message: String
    /// Start of the offending text, in Unicode scalars from the start of the source.
    public let offset: Int
    /// Length of the offending text in Unicode scalars (0 at end of input).
    public let length: Int

    /// Creates a problem at the given location.
    public init(message: String, offset: Int, length: Int) {
        self.message = message
        self.offset = offset
        self.length = length
    }
}
