/// A problem in a text-rule pattern, located by offset and length in Unicode scalars of the pattern.
public struct PatternSyntaxError: Error, Sendable, Equatable {
    /// What is wrong, in words a rulebook writer can act on.
    public let message: String
    /// Offset in Unicode scalars from the start of the pattern.
    public let offset: Int
    /// Length in Unicode scalars (at least 1 when the problem has a place).
    public let length: Int

    /// Creates an error.
    public init(message: String, offset: Int, length: Int = 1) {
        self.message = message
        self.offset = offset
        self.length = length
    }
}
