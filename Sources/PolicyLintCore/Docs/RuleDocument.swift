import PolicyCondition

/// A rule's documentation page in the style of ruff's: what it checks, why, examples, what to do instead, references.
public enum RuleDocument {
    /// The Markdown page for a rule; `configured` holds the parameter values a config sets, shown beside the defaults.
    public static func markdown(_ rule: Rule, principles: PrincipleCatalogues, parameters: [String: RuleParameter] = [:],
                                configured: [String: CELValue] = [:]) -> String {
        var out = "# \(rule.id)\n\n**\(rule.title)**\n\n"
        let kinds = rule.appliesTo.isEmpty ? "all policy kinds" : rule.appliesTo.joined(separator: ", ")
        out += "Severity: **\(rule.severity.rawValue)** · Applies to: \(kinds) · Status: \(rule.status.rawValue)"
        if let since = rule.since { out += " · Since: \(since)" }
        out += " · Rulebook: `\(rule.rulebook)`\n\n"
        if let match = rule.textMatch {
            out += "## What it checks\n\n" + textMatchDescription(match)
            if rule.isGuardedTextRule {
                out += "It reads a policy's text only when this condition holds (Markdown and text documents, which have no fields, are always read):\n\n"
                out += "```cel\n\(rule.condition.source.trimmingCharacters(in: .whitespacesAndNewlines))\n```\n\n"
            }
        } else {
            out += "## What it checks\n\nIt fires when this condition holds:\n\n```cel\n\(rule.condition.source.trimmingCharacters(in: .whitespacesAndNewlines))\n```\n\n"
        }
        let used = parameters.values.filter { Self.mentions(rule.condition.source + "\n" + rule.message.source, parameter: $0.name) }
            .sorted { $0.name < $1.name }
        if !used.isEmpty {
            out += "Parameters (change them in a config under `parameters`):\n\n"
            for parameter in used {
                let bounds = parameter.minimum == nil && parameter.maximum == nil ? "" : " (\(parameter.fieldType.phrase))"
                let value = configured[parameter.name].map { "`\(ValueText.plain($0))`, set by the config (default `\(ValueText.plain(parameter.defaultValue))`)" }
                    ?? "`\(ValueText.plain(parameter.defaultValue))`"
                out += "- `\(parameter.name)` = \(value)\(bounds): \(parameter.summary.trimmingCharacters(in: .whitespacesAndNewlines))\n"
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
        for cause in rule.cases {
            let place = cause.at.map { " the finding points at `\($0)`" } ?? ""
            let fixText = cause.fix.map { fix in
                " automatic fix (\(fix.safety.rawValue)): \(fix.description.trimmingCharacters(in: .whitespacesAndNewlines)) Sets "
                    + fix.set.map { "`\($0.path)` to `\($0.value)`" }.joined(separator: ", ") + "."
            } ?? ""
            out += "\nWhen `\(cause.condition.source)`,\(place)\(!place.isEmpty && !fixText.isEmpty ? ";" : "")\(fixText)\n"
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

    /// How a text rule reads prose, for its page.
    static func textMatchDescription(_ match: TextMatch) -> String {
        let fields = match.scope.globs.isEmpty ? "every text field of a policy, and Markdown and text documents"
            : match.scope.globs.map { "`\($0)`" }.joined(separator: ", ")
        var out = "A text rule: it reads \(fields), sentence by sentence, and fires on a phrase matching any of these patterns"
        out += match.patterns.first?.ignoresCase == false ? " (letter case counts):\n\n" : " (ignoring case):\n\n"
        out += "```text\n" + match.patterns.map(\.source).joined(separator: "\n") + "\n```\n\n"
        switch match.negation {
        case .suppress: out += "A sentence that negates the phrase (\"No match funding is required\") does not fire. "
        case .ignore: out += "It fires whatever the sentence says about the phrase. "
        }
        switch match.softened {
        case .info: out += "A softened sentence (\"… is welcome\", \"… counts as match\") is reported at info severity."
        case .report: out += "Softening does not change the finding."
        case .ignore: out += "A softened sentence does not fire."
        }
        out += "\n\n"
        if !match.unless.isEmpty {
            out += "It does not fire in a sentence that also matches: " + match.unless.map { "`\($0.source)`" }.joined(separator: ", ") + "\n\n"
        }
        if !match.softenedBy.isEmpty {
            out += "These also soften it: " + match.softenedBy.map { "`\($0.source)`" }.joined(separator: ", ") + "\n\n"
        }
        return out
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

    /// Whether `text` reads `params.NAME` itself, not a longer name that starts the same (`params.NAME_small`).
    static func mentions(_ text: String, parameter name: String) -> Bool {
        let reference = "params." + name
        var rest = text[...]
        while let found = rest.range(of: reference) {
            let after = found.upperBound
            if after == rest.endIndex { return true }
            let next = rest[after]
            if !(next.isLetter || next.isNumber || next == "_") { return true }
            rest = rest[after...]
        }
        return false
    }
}
