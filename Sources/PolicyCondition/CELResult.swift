/// The outcome of evaluating a program: a value or an evaluation error.
public enum CELResult: Sendable, Equatable {
    /// The expression produced a value.
    case value(CELValue)
    /// The expression failed, e.g. "division by zero" or "no such key: share".
    case error(CELEvaluationError)
}
