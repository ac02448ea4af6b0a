/// One instruction of a compiled pattern, run by the Pike VM in `TextPattern`.
enum PatternInstruction: Sendable {
    /// Consume one scalar equal to this one.
    case scalar(Unicode.Scalar)
    /// Consume one scalar in the class.
    case set(ScalarSet)
    /// Consume any one scalar.
    case any
    /// Continue at both targets, preferring the first.
    case split(Int, Int)
    /// Continue at the target.
    case jump(Int)
    /// Continue only if the assertion holds here.
    case assert(PatternAssertion)
    /// The pattern has matched.
    case match
}
