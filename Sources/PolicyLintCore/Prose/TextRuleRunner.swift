import PolicyCondition
import PolicyYAML

/// Runs text rules over prose fields and turns their hits into findings.
public struct TextRuleRunner: Sendable {
    /// The text rules to run.
    public let rules: [Rule]

    /// Creates a runner; rules without `match` are skipped.
    public init(rules: [Rule]) {
        self.rules = rules.filter(\.isTextRule)
    }

    /// One hit of one rule in one field.
    public struct RuleHit: Sendable {
        /// The rule.
        public let rule: Rule
        /// The field.
        public let field: ProseField
        /// The hit.
        public let hit: TextMatch.Hit
    }

    /// Every hit of every rule in `fields`, sentence by sentence.
    public func hits(in fields: [ProseField]) -> [RuleHit] {
        var hits: [RuleHit] = []
        let scratch = PatternScratch()
        for field in fields {
            let scoped = rules.filter { $0.textMatch?.scope.includes(field.path) ?? false }
            guard !scoped.isEmpty else { continue }
            let sentences = SentenceSplitter.sentences(field.text)
            for sentence in sentences {
                for rule in scoped {
                    guard let match = rule.textMatch, let hit = match.hit(in: field.text, sentence: sentence, scratch: scratch) else { continue }
                    hits.append(RuleHit(rule: rule, field: field, hit: hit))
                }
            }
        }
        return hits
    }

    /// The findings of every rule in `fields` of a file.
    public func findings(in fields: [ProseField], source: SourceText, policyID: String?, documentIndex: Int) -> [Finding] {
        hits(in: fields).map { found in
            let rule = found.rule
            let phrase = found.field.text.flatText(found.hit.range)
            let path = found.field.path.description
            let bindings: [String: CELValue] = ["match": .string(phrase), "field": .string(path)]
            var message = rule.message.render(bindings, currency: nil)
            var severity = rule.severity
            if found.hit.polarity == .softened {
                severity = .info
                message += " (The sentence softens this, so it is reported for information.)"
            }
            return Finding(ruleID: rule.id, severity: severity, category: .rule, message: message,
                           location: Location(source: source, span: found.field.span(of: found.hit.range)), nodePath: path,
                           policyID: policyID, documentIndex: documentIndex, why: rule.why, alternatives: rule.alternatives,
                           principles: rule.principles, references: rule.references, fix: rule.fix)
        }
    }
}
