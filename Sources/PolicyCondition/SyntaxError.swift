/// A syntax problem raised by the lexer or parser; parsing stops at the first one.
struct SyntaxError: Error, Sendable {
    /// Human-readable description.
    let message: String
    /// Where the offending token is.
    let span: SourceSpan

    /// The public problem describing this error.
    var problem: CELProblem { CELProblem(message: message, offset: span.offset, length: span.length) }
}
