import PolicyYAML

/// A problem that stops a run before any policy is checked: a bad rulebook or config, a missing file.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A short id for the problem, such as `unknown-key` or `no-such-file`.
    public let id: String
    /// What is wrong and how to put it right.
    public let message: String
    /// Where, when the problem is inside a file.
    public let location: Location?

    /// Creates an error.
    public init(id: String, message: String, location: Location? = nil) {
        self.id = id
        self.message = message
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
}
