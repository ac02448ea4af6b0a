import PolicyYAML

/// A problem that stops a run before any policy is checked: a bad rulebook or config, a missing file.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A short id for the problem, such as `unknown-key` or `no-such-file`.
    public let id: String
    /// What is wrong and how to put it right.
    public let message: String
    /// Where, when the problem is inside a file.
    public let location: Location?
    /// The documentation page and heading (relative to `docs/`) that explain it, when not those of its kind in
    /// `ToolFindingKind`: a wrong type in a config is explained with configs, not with policies.
    public var documentation: String?

    /// Creates an error, its message on one line (`OneLineText`).
    public init(id: String, message: String, location: Location? = nil) {
        self.id = id
        self.message = OneLineText.folded(message)
        self.location = location
    }

    /// Creates an error located in `source`.
    public init(id: String, message: String, source: SourceText, span: SourceSpan) {
        self.init(id: id, message: message, location: Location(source: source, span: span))
    }

    /// `file:line:column: error[id] message`, or `error[id] message` when unlocated.
    public var description: String {
        (location.map { "\($0.description): " } ?? "") + "error[\(id)] \(message)"
    }

    /// The error linked to the page about `kind` of file, when it is a problem any file can have (a reading or format
    /// problem) and not linked elsewhere already; a problem particular to the file keeps its own page.
    public func documented(as kind: DataFileKind) -> InputError {
        guard documentation == nil, ToolFindingKind.kind(id)?.isAboutAnyFile ?? false else { return self }
        var documented = self
        documented.documentation = kind.documentation
        return documented
    }
}
