/// A loaded rulebook: its identity, parameters and compiled rules.
public struct Rulebook: Sendable {
    /// Its name.
    public let name: String
    /// The version of its content.
    public let version: String
    /// A human title.
    public let title: String
    /// What it is for.
    public let description: String
    /// Declared parameters, by name.
    public let parameters: [String: RuleParameter]
    /// The rules, in file order.
    public var rules: [Rule]
    /// The file it was read from.
    public let file: String
}
