import PolicyYAML

/// Where a finding or error points: a file, a span in it and the lines it covers.
public struct Location: Sendable, Equatable {
    /// The file as the user named it (relative paths stay relative), or `<stdin>`.
    public let file: String
    /// The span in the file.
    public let span: SourceSpan
    /// The source lines of the span.
    public let excerpt: Excerpt

    /// Creates a location with its excerpt taken from `source`.
    public init(source: SourceText, span: SourceSpan) {
        self.file = source.name
        self.span = span
        self.excerpt = Excerpt(source: source, span: span)
    }

    /// Creates a location from its parts.
    public init(file: String, span: SourceSpan, excerpt: Excerpt) {
        self.file = file
        self.span = span
        self.excerpt = excerpt
    }

    /// The location of a problem with the command line itself, which has no file position.
    public static let commandLine = Location(file: "", span: SourceSpan(at: .start), excerpt: Excerpt(firstLine: 1, lines: []))

    /// Whether the location is in a file (rather than on the command line).
    public var isInFile: Bool { !file.isEmpty }

    /// `file:line:column`, or `policylint` for the command line.
    public var description: String { isInFile ? "\(file):\(span.start.line):\(span.start.column)" : "policylint" }
}
