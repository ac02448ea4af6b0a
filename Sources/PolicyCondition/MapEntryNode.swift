/// One `key: value` entry of a map literal.
struct MapEntryNode: Sendable {
    /// The key expression.
    let key: SyntaxNode
    /// The value expression.
    let value: SyntaxNode
}
