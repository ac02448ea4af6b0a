/// A macro iterating over a list (or a map's keys) with a named variable.
struct ComprehensionNode: Sendable {
    /// Which macro.
    let kind: ComprehensionKind
    /// The list or map iterated over.
    let range: SyntaxNode
    /// The iteration variable's name.
    let variable: String
    /// The predicate (all, exists, exists_one, filter, 3-argument map).
    let predicate: SyntaxNode?
    /// The transform (map only).
    let transform: SyntaxNode?
}
