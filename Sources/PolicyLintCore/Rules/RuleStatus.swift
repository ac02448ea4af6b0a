/// Where a rule is in its life.
public enum RuleStatus: String, Sendable, Codable, CaseIterable {
    /// Runs by default.
    case stable
    /// Runs only when selected by id.
    case preview
    /// Kept for compatibility; runs by default and says it is deprecated in docs.
    case deprecated
}
