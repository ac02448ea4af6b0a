import PolicyYAML

/// A problem the format validator found, before it is turned into a finding or an error.
public struct FormatIssue: Sendable, Equatable {
    /// The check that found it: `unknown-key`, `wrong-type`, `invalid-value`, `missing-field` or `derived-field`.
    public let id: String
    /// How serious it is.
    public let severity: Severity
    /// What is wrong and, where possible, how to put it right.
    public let message: String
    /// The span it points at.
    public let span: SourceSpan
    /// The node it concerns.
    public let path: NodePath

    /// Creates an issue.
    public init(id: String, severity: Severity, message: String, span: SourceSpan, path: NodePath) {
        self.id = id
        self.severity = severity
        self.message = message
        self.span = span
        self.path = path
    }
}
