/// A change that removes a barrier, and how safe it is to apply without review.
public struct Fix: Sendable, Equatable, Codable {
    /// How far a fix can be trusted, as ruff grades it.
    public enum Safety: String, Sendable, Codable, CaseIterable {
        /// Keeps the policy's meaning apart from the barrier; may be applied automatically.
        case safe
        /// Changes what the policy offers or costs; a person must review it.
        case unsafe
        /// Shown as a suggestion only; never applied.
        case displayOnly = "display-only"
    }

    /// Values to set, by field path.
    public let set: [FixAssignment]
    /// How safe it is.
    public let safety: Safety
    /// A sentence describing the change.
    public let description: String

    /// Creates a fix.
    public init(set: [FixAssignment], safety: Safety, description: String) {
        self.set = set
        self.safety = safety
        self.description = description
    }
}

/// One field assignment in a fix: `path` becomes the YAML scalar `value`.
public struct FixAssignment: Sendable, Equatable, Codable {
    /// The field path, such as `funding.match_funding.required`.
    public let path: String
    /// The new value, written as YAML.
    public let value: String

    /// Creates an assignment.
    public init(path: String, value: String) {
        self.path = path
        self.value = value
    }
}
