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
        forEachField(of: fields, workers: 1, including: { _ in true }) { field, found in
            hits += found.map { RuleHit(rule: rules[$0.rule], field: field, hit: $0.hit) }
        }
        return hits
    }

    /// Runs the rules that `include` accepts over each field, handing `body` each field's hits
    /// (rule index and hit) in order, sentence by sentence; fields without hits are skipped.
    ///
    /// With more than one worker the fields are shared out between that many cores (one file on an otherwise idle
    /// machine); `body` still sees them in order.
    private func forEachField(of fields: [ProseField], workers: Int, including include: (Rule) -> Bool,
                              _ body: (ProseField, [(rule: Int, hit: TextMatch.Hit)]) -> Void) {
        let selected = rules.indices.filter { include(rules[$0]) }
        guard !selected.isEmpty else { return }
        if workers > 1, fields.count > 1 {
            let found = ConcurrentMap.map(Array(fields.indices), minimumItems: 2, cores: workers) { index in
                scratches.withScratch { scratch in hits(in: fields[index], selected: selected, scratch: scratch) }
            }
            for (field, hits) in zip(fields, found) where !hits.isEmpty { body(field, hits) }
            return
        }
        scratches.withScratch { scratch in
            for field in fields {
                let found = hits(in: field, selected: selected, scratch: scratch)
                if !found.isEmpty { body(field, found) }
            }
        }
    }

    /// The hits of the rules at `selected` in one field (rule index and hit), sentence by sentence, matching with `scratch`.
    private func hits(in field: ProseField, selected: [Int], scratch: PatternScratch) -> [(rule: Int, hit: TextMatch.Hit)] {
        let steps = FieldScope.steps(of: field.path)
        let scoped = selected.filter { matches[$0].scope.includes(steps: steps) }
        guard !scoped.isEmpty else { return [] }
        let sentences = SentenceSplitter.sentences(field.text)
        let candidates = prefilter.candidates(in: field.text, sentences: sentences)
        var found: [(rule: Int, hit: TextMatch.Hit)] = []
        for (number, sentence) in sentences.enumerated() {
            var context: SentenceContext?
            var reading = TextMatch.SecondReading.unknown
            for index in scoped {
                let filter = prefilter.filter(candidates, sentence: number, base: bases[index])
                guard let hit = matches[index].hit(in: field.text, sentence: sentence, scratch: scratch, filter: filter,
                                                   context: &context, reading: &reading) else { continue }
                if number + 1 < sentences.count, matches[index].isExcepted(byNext: sentences[number + 1], in: field.text, scratch: scratch) {
                    continue
                }
                found.append((index, hit))
            }
        }
        return found
    }

    /// The findings of every rule in `fields` of a file, the fields shared out between `workers` cores.
    public func findings(in fields: [ProseField], source: SourceText, policyID: String?, documentIndex: Int, workers: Int = 1) -> [Finding] {
        findings(in: fields, source: source, policyID: policyID, documentIndex: documentIndex, workers: workers) { _ in true }
    }

    /// The findings of the rules that `include` accepts in `fields` of a file, the fields shared out between `workers` cores.
    func findings(in fields: [ProseField], source: SourceText, policyID: String?, documentIndex: Int, workers: Int = 1,
                  including include: (Rule) -> Bool) -> [Finding] {
        var findings: [Finding] = []
        forEachField(of: fields, workers: workers, including: include) { field, found in
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
