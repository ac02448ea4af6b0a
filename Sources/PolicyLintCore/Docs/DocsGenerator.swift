import Foundation

/// Regenerates the generated parts of `docs/`: the policy field reference, the JSON Schema and the rule pages.
public struct DocsGenerator: Sendable {
    /// The rules to document.
    public let rules: [Rule]
    /// The principles they name.
    public let principles: PrincipleCatalogues
    /// The parameters the rules read.
    public let parameters: [String: RuleParameter]

    /// Creates a generator.
    public init(rules: [Rule], principles: PrincipleCatalogues, parameters: [String: RuleParameter]) {
        self.rules = rules
        self.principles = principles
        self.parameters = parameters
    }

    /// The marker lines between which generated text sits inside a hand-written page.
    public static let beginMarker = "<!-- BEGIN GENERATED: do not edit by hand; run `policylint generate-docs docs` -->"
    /// The closing marker.
    public static let endMarker = "<!-- END GENERATED -->"

    /// Every generated file, by path relative to the docs folder, given the current text of pages with markers.
    public func files(existing: (String) -> String?) -> [String: String] {
        var files: [String: String] = [:]
        files["policy.schema.json"] = JSONSchemaGenerator.policySchema()
        files["rulebook.schema.json"] = JSONSchemaGenerator.rulebookSchema()
        files["policy-format.md"] = Self.splice(FormatReference.markdown(PolicyFormat.root), into: existing("policy-format.md"))
        files["rules/README.md"] = RuleDocument.index(rules)
        for rule in rules {
            files["rules/\(rule.id).md"] = RuleDocument.markdown(rule, principles: principles, parameters: parameters)
        }
        return files
    }

    /// Replaces the text between the markers of `page` (or makes a page holding only the generated text).
    public static func splice(_ generated: String, into page: String?) -> String {
        let block = beginMarker + "\n\n" + generated + "\n" + endMarker
        guard let page, let begin = page.range(of: beginMarker), let end = page.range(of: endMarker), begin.upperBound <= end.lowerBound else {
            return (page.map { $0 + "\n" } ?? "") + block + "\n"
        }
        return String(page[..<begin.lowerBound]) + block + String(page[end.upperBound...])
    }
}
