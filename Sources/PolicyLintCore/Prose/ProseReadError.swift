import PolicyYAML

/// Why a prose file could not be read.
public struct ProseReadError: Error, Sendable {
    /// The finding id: `invalid-encoding`, `binary-file`, `empty-file` or `invalid-front-matter`.
    public let id: String
    /// What is wrong.
    public let message: String
    /// Where.
    public let span: SourceSpan
}
