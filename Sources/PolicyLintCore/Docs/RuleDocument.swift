/// A rule's documentation page in the style of ruff's: what it checks, why, examples, what to do instead, references.
public enum RuleDocument {
    /// The Markdown page for a rule.
    public static func markdown(_ rule: Rule, principles: PrincipleCatalogues, parameters: [String: RuleParameter] = [:]) -> String {
        var out = "# \(rule.id)\n\n**\(rule.title)**\n\n"
        let kinds = rule.appliesTo.isEmpty ? "all policy kinds" : rule.appliesTo.joined(separator: ", ")
        out += "Severity: **\(rule.severity.rawValue)** · Applies to: \(kinds) · Status: \(rule.status.rawValue)"
        if let since = rule.since { out += " · Since: \(since)" }
        out += " · Rulebook: `\(rule.rulebook)`\n\n"
        out += "## What it checks\n\nIt fires when this condition holds:\n\n```cel\n\(rule.condition.source.trimmingCharacters(in: .whitespacesAndNewlines))\n```\n\n"
        let used = parameters.values.filter { rule.condition.source.contains("params.\($0.name)") }.sorted { $0.name < $1.name }
        if !used.isEmpty {
            out += "Parameters (change them in a config under `parameters`):\n\n"
            for parameter in used {
                out += "- `\(parameter.name)` = `\(ValueText.plain(parameter.defaultValue))`: \(parameter.summary.trimmingCharacters(in: .whitespacesAndNewlines))\n"
            }
            out += "\n"
        }
        out += "## Why this excludes people\n\n\(rule.why.trimmingCharacters(in: .whitespacesAndNewlines))\n\n"
        out += "## Principles at stake\n\n"
        for id in rule.principles {
            if let principle = principles.principle(id) {
                out += "- **\(principle.title)** (`\(id)`): \(principle.summary.trimmingCharacters(in: .whitespacesAndNewlines))\n"
            } else {
                out += "- `\(id)`\n"
            }
        }
        out += "\n## What to do instead\n\n"
        for alternative in rule.alternatives { out += "- \(alternative.trimmingCharacters(in: .whitespacesAndNewlines))\n" }
        if let fix = rule.fix {
            out += "\nAutomatic fix (\(fix.safety.rawValue)): \(fix.description.trimmingCharacters(in: .whitespacesAndNewlines))"
            out += " Sets " + fix.set.map { "`\($0.path)` to `\($0.value)`" }.joined(separator: ", ") + ".\n"
        }
        out += "\n## Example\n\nThis fires:\n\n"
        for example in rule.failExamples { out += "```yaml\n\(example.trimmingCharacters(in: .whitespacesAndNewlines))\n```\n\n" }
        out += "Use instead:\n\n"
        for example in rule.passExamples { out += "```yaml\n\(example.trimmingCharacters(in: .whitespacesAndNewlines))\n```\n\n" }
        if !rule.references.isEmpty {
            out += "## References\n\n"
            for reference in rule.references { out += "- \(reference.trimmingCharacters(in: .whitespacesAndNewlines))\n" }
        }
        return out.hasSuffix("\n\n") ? String(out.dropLast()) : out
    }

    /// The index page listing every rule.
    public static func index(_ rules: [Rule]) -> String {
        var out = "# Rules\n\nGenerated from the built-in rulebook by `policylint generate-docs`; do not edit by hand.\n\n"
        out += "| Rule | Severity | Applies to | Title |\n|---|---|---|---|\n"
        for rule in rules.sorted(by: { $0.id < $1.id }) {
            let kinds = rule.appliesTo.isEmpty ? "all" : rule.appliesTo.joined(separator: ", ")
            out += "| [`\(rule.id)`](\(rule.id).md) | \(rule.severity.rawValue) | \(kinds) | \(rule.title) |\n"
        }
        return out
    }
}
