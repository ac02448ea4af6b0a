/// One policy (YAML document) in a file, as the report names it: where it is in the file, its id and its title.
public struct PolicyHeading: Sendable, Equatable {
    /// The 0-based index of the document in its file, as findings carry it.
    public let documentIndex: Int
    /// The policy's id, when it has one.
    public let id: String?
    /// The policy's title, when it has one.
    public let title: String?

    /// Creates a heading.
    public init(documentIndex: Int, id: String?, title: String?) {
        self.documentIndex = documentIndex
        self.id = id
        self.title = title
    }
}
