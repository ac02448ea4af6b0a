/// The rulebook format, defined as data: the loader validates against it and the docs describe it.
public enum RulebookFormat {
    /// The rulebook format version this build reads.
    public static let version = 1

    /// The types a rule parameter may have.
    public static let parameterTypes = ["integer", "number", "money", "fraction", "percent", "boolean", "string", "date"]

    /// The root fields of a rulebook.
    public static let root: FieldType = .object([
        Field("rulebook", .string(pattern: "^[a-z0-9][a-z0-9-]*$"), "The rulebook's name, lower case with dashes.", required: true, example: "anti-racist-commissioning"),
        Field("format", .integer(minimum: 1, maximum: 1), "The rulebook format version; always `1`.", required: true, example: "1"),
        Field("version", .string(), "The version of this rulebook's content, recorded in reports.", example: "2026.11.0"),
        Field("title", .string(), "A human title.", example: "Anti-racist commissioning"),
        Field("description", .text, "What the rulebook is for."),
        Field("parameters", .dictionary(.object(parameterFields)), "Named thresholds rules read as `params.NAME`; a config can change their values."),
        Field("rules", .list(.object(ruleFields)), "The rules.", required: true),
    ])

    /// The fields of a parameter.
    public static let parameterFields: [Field] = [
        Field("type", .enumeration(parameterTypes), "The parameter's type.", required: true, example: "integer"),
        Field("default", .oneOf([.number(), .boolean, .string()]), "The value used unless a config sets another.", required: true, example: "28"),
        Field("summary", .text, "What the threshold means and where its default comes from.", required: true),
        Field("minimum", .number(), "The smallest value the default and a config may have; `integer` and `number` parameters only.", example: "1"),
        Field("maximum", .number(), "The largest value the default and a config may have; `integer` and `number` parameters only.", example: "365"),
        Field("at_most", .string(), "Another parameter of this rulebook, of the same type, that this one may not exceed, as a very short window may not be longer than a short one. The defaults must keep to it, and a config that sets either parameter is checked.", example: "min_window_days"),
    ]

    /// The parameter types that may declare a `minimum` and a `maximum`.
    public static let boundedParameterTypes: Set<String> = ["integer", "number"]

    /// The fields of a text rule's `match`.
    public static let matchFields: [Field] = [
        Field("patterns", .list(.string()), "Patterns in the linear-time subset described in `docs/prose-rules.md`; a space matches any run of white space. The rule fires on the leftmost match in a sentence.", required: true, example: "['\\bmatch[- ]fund(ing|ed)\\b']"),
        Field("scope", .list(.string()), "Path globs of the text fields read (`summary`, `sections.*`, `sections.eligib*`, `**`); every text field (and every part of a Markdown or text document) when left out.", example: "[summary, sections.*]"),
        Field("unless", .list(.string()), "Patterns that, matched in the same sentence or in the next one when it opens as a qualification (If, Where, However…) or the match is an offer (\"available on request\"), cancel the finding.", example: "['\\bin[- ]kind\\b']"),
        Field("softened_by", .list(.string()), "Patterns that soften a match found in the same clause, as the built-in softeners (`welcome`, `ideally`, `count as`) do.", example: "['\\bvolunteer time\\b']"),
        Field("negation", .enumeration(TextMatch.Negation.allCases.map(\.rawValue)), "`suppress` (default): a sentence that negates the phrase (\"No match funding is required\") is no finding; `ignore`: report the phrase whatever the sentence says.", example: "suppress"),
        Field("softened", .enumeration(TextMatch.Softened.allCases.map(\.rawValue)), "What a softened match becomes: `info` (default) reports it at info severity, `report` at the rule's severity, `ignore` not at all.", example: "info"),
        Field("case_sensitive", .boolean, "Whether letter case must match; patterns ignore case unless this is true (or the pattern starts with `(?-i)`).", example: "false"),
    ]

    /// The fields of a fix.
    public static let fixFields: [Field] = [
        Field("set", .dictionary(.oneOf([.number(), .boolean, .string()])), "Field paths and the values they take.", required: true),
        Field("safety", .enumeration(Fix.Safety.allCases.map(\.rawValue)), "Whether the fix may be applied without review.", required: true, example: "unsafe"),
        Field("description", .text, "What the fix changes.", required: true),
    ]

    /// The fields of a rule.
    public static let ruleFields: [Field] = [
        Field("id", .string(pattern: "^[a-z][a-z0-9-]*$"), "Names the bad thing, lower case with dashes.", required: true, example: "match-funding-required"),
        Field("title", .string(), "A short statement of the barrier.", required: true, example: "Match funding is required"),
        Field("severity", .enumeration(Severity.allCases.map(\.rawValue)), "How serious the barrier is.", required: true, example: "error"),
        Field("applies_to", .list(.enumeration(PolicyFormat.kinds)), "The policy kinds the rule checks; all kinds when left out.", example: "[grant, contract]"),
        Field("principles", .list(.string()), "Ids of the principles the barrier works against (see `policylint principles`).", required: true, example: "[match-core-funding]"),
        Field("when", .string(), "A condition in the condition language; a structured rule fires when it is true. A text rule (`match`) with `when` reads a policy's text only when it is true.", example: "funding.match_funding.required"),
        Field("match", .object(matchFields), "Makes the rule a text rule: phrases it finds in the policy's prose (see `docs/prose-rules.md`). A rule has `when`, `match` or both (then `when` guards the text rule)."),
        Field("at", .string(), "The policy field the finding points at; by default the first field the condition reads. Structured rules only.", example: "funding.match_funding.required"),
        Field("message", .string(), "One sentence for this finding; `{expression}` and `{expression | percent}` show values. In a text rule, `{match}` is the matched phrase and `{field}` the field path.", required: true),
        Field("why", .text, "How the barrier excludes people, with evidence.", required: true),
        Field("alternatives", .list(.text), "Concrete, principle-aligned replacements a writer can paste in.", required: true),
        Field("references", .list(.text), "Law, guidance and research behind the rule."),
        Field("fix", .object(fixFields), "A change that removes the barrier."),
        Field("cases", .list(.object([
            Field("when", .string(), "When this is the cause: a condition in the condition language, tried when the rule fires.", required: true,
                  example: "funding.core_costs.max_share == 0.0"),
            Field("at", .string(), "The policy field the finding points at in this case; the rule's `at` when left out.", example: "funding.core_costs.max_share"),
            Field("fix", .object(fixFields), "The change that removes this cause; the rule's `fix` when left out."),
        ])), "Causes of the barrier that point at another field or need another fix, for a rule whose `when` joins several: the first case whose `when` holds sets the finding's `at` and `fix`. Structured rules only."),
        Field("status", .enumeration(RuleStatus.allCases.map(\.rawValue)), "`stable`, `preview` (off unless selected) or `deprecated`.", example: "stable"),
        Field("since", .string(), "The rulebook version that added the rule.", example: "0.1.0"),
        Field("examples", .object([
            Field("fail", .list(.text), "Policy fragments on which the rule must fire.", required: true),
            Field("pass", .list(.text), "Policy fragments on which it must not.", required: true),
        ]), "Examples, used both in the docs and as tests.", required: true),
    ]
}
