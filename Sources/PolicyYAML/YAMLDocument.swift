/// One document of a YAML stream.
public struct YAMLDocument: Sendable {
    /// The document's root node (an empty document has a null scalar root).
    public let root: YAMLNode
    /// The 0-based position of the document in its stream.
    public let index: Int
    /// From the document's first token to its end.
    public let span: SourceSpan

    /// Creates a document.
    public init(root: YAMLNode, index: Int, span: SourceSpan) {
        self.root = root
        self.index = index
        self.span = span
    }
}
