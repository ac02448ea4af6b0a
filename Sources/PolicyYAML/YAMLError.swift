/// A problem with YAML input, located in the source.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in a closed set of kinds.
    public enum Kind: String, Sendable, Equatable {
        case syntax
        case encoding
        case binary
        case tooLarge
        case tooDeep
        case aliasExpansion
        case duplicateKey
        case unsupported
        case tag
    }

    /// The kind of problem.
    public let kind: Kind
    /// A sentence saying what is wrong and, where it helps, what to do.
    public let message: String
    /// The span the problem points at.
    public let span: SourceSpan

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, at span: SourceSpan) {
        self.kind = kind
        self.message = message
        self.span = span
    }

    /// `line:column: message`.
    public var description: String { "\(span.start): \(message)" }
}
