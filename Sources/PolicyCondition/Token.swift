/// A lexical token with its location.
struct Token: Sendable {
    /// What was read.
    let kind: TokenKind
    /// Where it was read.
    let span: SourceSpan
}
