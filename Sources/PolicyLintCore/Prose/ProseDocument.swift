import PolicyYAML

/// A document checked as prose (Markdown or plain text): its source and its text fields.
public struct ProseDocument: Sendable {
    /// The file.
    public let source: SourceText
    /// The parts of the document, each with the section path it belongs to.
    public let fields: [ProseField]

    /// Creates a document from its fields.
    public init(source: SourceText, fields: [ProseField]) {
        self.source = source
        self.fields = fields
    }

    /// The file extensions read as prose rather than YAML.
    public static let extensions: Set<String> = ["md", "markdown", "txt", "text"]

    /// Whether a file name has a prose extension.
    public static func isProse(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), !name[name.index(after: dot)...].contains("/") else { return false }
        return extensions.contains(String(name[name.index(after: dot)...]).lowercased())
    }
}
