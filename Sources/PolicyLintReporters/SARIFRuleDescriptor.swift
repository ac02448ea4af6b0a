/// A SARIF `reportingDescriptor`: one rule that ran, with its explanation and documentation link.
struct SARIFRuleDescriptor: Encodable {
    /// The level a rule reports at.
    struct Configuration: Encodable {
        /// `error`, `warning` or `note`.
        let level: String
    }

    /// Rule facts SARIF has no field for.
    struct Properties: Encodable {
        /// Ids of the principles at stake.
        let principles: [String]
        /// Labels for filtering in dashboards.
        let tags: [String]
        /// Law, guidance and research.
        let references: [String]
        /// The rulebook the rule comes from.
        let rulebook: String
    }

    /// The rule id.
    let id: String
    /// The id in UpperCamelCase, as SARIF suggests for rule names.
    let name: String
    /// The rule's title.
    let shortDescription: SARIFText
    /// How the barrier excludes people.
    let fullDescription: SARIFText
    /// Why and the alternatives, as text and Markdown.
    let help: SARIFText
    /// The rule's documentation page.
    let helpUri: String
    /// The rule's level.
    let defaultConfiguration: Configuration
    /// Principles, tags, references and rulebook.
    let properties: Properties
}
