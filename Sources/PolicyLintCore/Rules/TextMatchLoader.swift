import PolicyCondition
import PolicyYAML

/// Reads and validates a text rule's `match:`, locating every problem inside the rulebook.
struct TextMatchLoader {
    /// The rulebook being read.
    let source: SourceText
    /// The rule whose `match` this is.
    let ruleID: String

    /// The variables a text rule's message may show: `{match}` and `{field}`.
    static let messageEnvironment = CELEnvironment(variables: ["match": .string, "field": .string])

    /// The compiled match, or nil after adding located errors.
    func load(_ node: YAMLNode, errors: inout [InputError]) -> TextMatch? {
        let before = errors.count
        let ignoreCase = node["case_sensitive"]?.scalar?.text != "true"
        let patterns = compile(node["patterns"], ignoreCase: ignoreCase, errors: &errors)
        if DataFile.list(node["patterns"]).isEmpty {
            errors.append(InputError(id: "invalid-rule", message: "rule '\(ruleID)': give at least one pattern",
                                     source: source, span: (node["patterns"] ?? node).span))
        }
        let unless = compile(node["unless"], ignoreCase: ignoreCase, errors: &errors)
        let softenedBy = compile(node["softened_by"], ignoreCase: ignoreCase, errors: &errors)
        var globs: [String] = []
        for globNode in DataFile.list(node["scope"]) {
            let glob = globNode.scalar?.text ?? ""
            if let problem = Self.problem(withScope: glob) {
                errors.append(InputError(id: "invalid-rule", message: "rule '\(ruleID)': \(problem)", source: source, span: globNode.span))
            } else {
                globs.append(glob)
            }
        }
        guard errors.count == before else { return nil }
        return TextMatch(patterns: patterns, scope: FieldScope(globs), unless: unless, softenedBy: softenedBy,
                         negation: TextMatch.Negation(rawValue: DataFile.string(node["negation"])) ?? .suppress,
                         softened: TextMatch.Softened(rawValue: DataFile.string(node["softened"])) ?? .info)
    }

    private func compile(_ list: YAMLNode?, ignoreCase: Bool, errors: inout [InputError]) -> [TextPattern] {
        var patterns: [TextPattern] = []
        for patternNode in DataFile.list(list) {
            guard let text = patternNode.scalar?.text else { continue }
            do {
                patterns.append(try TextPattern(text, ignoreCase: ignoreCase))
            } catch {
                let locator = ScalarLocator(source: source, node: patternNode)
                errors.append(InputError(id: "invalid-pattern", message: "rule '\(ruleID)': \(error.message)",
                                         source: source, span: locator.span(offset: error.offset, length: max(1, error.length))))
            }
        }
        return patterns
    }

    /// Why a scope glob names no text field of the policy format, or nil when it is fine.
    static func problem(withScope glob: String) -> String? {
        let steps = FieldScope.split(glob)
        guard !steps.isEmpty else { return "an empty scope path reads nothing" }
        var types: [FieldType] = [PolicyFormat.root]
        for step in steps {
            if step == "**" { return nil }
            var next: [FieldType] = []
            for type in types {
                switch type {
                case .object(let fields):
                    if step == "*" { next += fields.map(\.type) } else if let field = fields.first(where: { FieldScope(["x." + step]).includes(NodePath([.key("x"), .key($0.name)])) }) { next.append(field.type) }
                case .dictionary(let value):
                    if step != "[]" { next.append(value) }
                case .list(let item):
                    if step == "[]" || step == "*" { next.append(item) }
                default:
                    break
                }
            }
            if next.isEmpty {
                let names = types.flatMap { $0.fields?.map(\.name) ?? [] }
                let hint = Suggestion.closest(to: step, in: names).map { " (did you mean '\($0)'?)" } ?? ""
                return "scope '\(glob)' names no field of the policy format\(hint); write paths such as `summary` or `sections.*`"
            }
            types = next
        }
        // A scope path matches only the fields it names, so a group of fields (or a list) reads nothing by itself.
        guard !types.contains(where: Self.holdsText) else { return nil }
        if types.contains(where: { if case .list = $0 { return true } else { return false } }) {
            return "scope '\(glob)' names a list, not text, so the rule would read nothing (did you mean '\(glob)[]'?)"
        }
        if types.contains(where: { $0.fields != nil || { if case .dictionary = $0 { return true } else { return false } }($0) }) {
            return "scope '\(glob)' names a group of fields, not text, so the rule would read nothing (did you mean '\(glob).*', or '\(glob).**' for everything below it?)"
        }
        return "scope '\(glob)' names a field that is not free text (an identifier, number, date or choice), so the rule would read nothing"
    }

    /// Whether a field of this type is read as prose (free text, or a string without a pattern).
    private static func holdsText(_ type: FieldType) -> Bool {
        switch type {
        case .text, .string(pattern: nil): return true
        case .oneOf(let types): return types.contains(where: holdsText)
        default: return false
        }
    }
}
