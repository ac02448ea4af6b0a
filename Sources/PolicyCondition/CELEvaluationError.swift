/// An error raised while evaluating an expression, e.g. "no such key: share" or "division by zero".
public struct CELEvaluationError: Error, Sendable, Equatable {
    /// Human-readable description of the failure.
    public let message: String

    /// Creates an evaluation error with the given message.
    public init(_ message: String) {
        self.message = message
    }
}
