import PolicyCondition
import PolicyYAML

/// Runs text rules over prose fields and turns their hits into findings.
public struct TextRuleRunner: Sendable {
    /// The text rules to run.
    public let rules: [Rule]
    /// Each rule's `match`, kept apart so the sentence loop does not copy it out of the rule.
    private let matches: [TextMatch]
    /// Every pattern of every rule (`patterns`, then `unless`, rule by rule), found by one pass per field.
    private let prefilter: LiteralPrefilter
    /// The prefilter number of each rule's first pattern.
    private let bases: [Int]
    /// Matching storage reused across files, with the automata built so far.
    private let scratches = PatternScratchPool()

    /// Creates a runner; rules without `match` are skipped.
    public init(rules: [Rule]) {
        let rules = rules.filter(\.isTextRule)
        self.rules = rules
        matches = rules.compactMap(\.textMatch)
        var patterns: [TextPattern] = []
        var bases: [Int] = []
        for rule in rules {
            bases.append(patterns.count)
            if let match = rule.textMatch { patterns += match.patterns + match.unless }
        }
        self.bases = bases
        prefilter = LiteralPrefilter(patterns: patterns)
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
        forEachField(of: fields, including: { _ in true }) { field, found in
            hits += found.map { RuleHit(rule: rules[$0.rule], field: field, hit: $0.hit) }
        }
        return hits
    }

    /// Runs the rules that `include` accepts over each field, handing `body` each field's hits
    /// (rule index and hit) in order, sentence by sentence; fields without hits are skipped.
    private func forEachField(of fields: [ProseField], including include: (Rule) -> Bool,
                              _ body: (ProseField, [(rule: Int, hit: TextMatch.Hit)]) -> Void) {
        let selected = rules.indices.filter { include(rules[$0]) }
        guard !selected.isEmpty else { return }
        scratches.withScratch { scratch in
            forEachField(of: fields, selected: selected, scratch: scratch, body)
        }
    }

    /// `forEachField(of:including:_:)` for the rules at `selected`, matching with `scratch`.
    private func forEachField(of fields: [ProseField], selected: [Int], scratch: PatternScratch,
                              _ body: (ProseField, [(rule: Int, hit: TextMatch.Hit)]) -> Void) {
        for field in fields {
            let steps = FieldScope.steps(of: field.path)
            let scoped = selected.filter { matches[$0].scope.includes(steps: steps) }
            guard !scoped.isEmpty else { continue }
            let sentences = SentenceSplitter.sentences(field.text)
            let candidates = prefilter.candidates(in: field.text, sentences: sentences)
            var found: [(rule: Int, hit: TextMatch.Hit)] = []
            for (number, sentence) in sentences.enumerated() {
                var context: SentenceContext?
                for index in scoped {
                    let filter = prefilter.filter(candidates, sentence: number, base: bases[index])
                    guard let hit = matches[index].hit(in: field.text, sentence: sentence, scratch: scratch, filter: filter,
                                                       context: &context) else { continue }
                    found.append((index, hit))
                }
            }
            if !found.isEmpty { body(field, found) }
        }
    }

    /// The findings of every rule in `fields` of a file.
    public func findings(in fields: [ProseField], source: SourceText, policyID: String?, documentIndex: Int) -> [Finding] {
        findings(in: fields, source: source, policyID: policyID, documentIndex: documentIndex) { _ in true }
    }

    /// The findings of the rules that `include` accepts in `fields` of a file.
    func findings(in fields: [ProseField], source: SourceText, policyID: String?, documentIndex: Int,
                  including include: (Rule) -> Bool) -> [Finding] {
        var findings: [Finding] = []
        forEachField(of: fields, including: include) { field, found in
            let spans = field.spans(of: found.map(\.hit.range))
            let path = field.path.description
            for (index, (ruleIndex, hit)) in found.enumerated() {
                let rule = rules[ruleIndex]
                let phrase = field.text.flatText(hit.range)
                let bindings: [String: CELValue] = ["match": .string(phrase), "field": .string(path)]
                var message = rule.message.render(bindings, currency: nil)
                var severity = rule.severity
                if hit.polarity == .softened {
                    severity = .info
                    message += " (The sentence softens this, so it is reported for information.)"
                }
                findings.append(Finding(ruleID: rule.id, severity: severity, category: .rule, message: message,
                                        location: Location(source: source, span: spans[index]), nodePath: path,
                                        policyID: policyID, documentIndex: documentIndex, why: rule.why, alternatives: rule.alternatives,
                                        principles: rule.principles, references: rule.references, fix: rule.fix))
            }
        }
        return findings
    }
}
