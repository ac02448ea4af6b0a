/// A node of the parsed syntax tree.
struct SyntaxNode: Sendable {
    /// Unique id within one parse (used to attach precompiled data such as regexes).
    let id: Int
    /// What the node is.
    let kind: SyntaxNodeKind
    /// The whole expression's extent.
    let span: SourceSpan
    /// The token problems point at: operator, function or field name.
    let anchor: SourceSpan
    /// Height of the subtree (1 for leaves), bounded by the parser.
    let height: Int
}
