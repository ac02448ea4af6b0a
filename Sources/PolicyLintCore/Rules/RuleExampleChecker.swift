import PolicyYAML

/// Runs each rule's own examples with only that rule on, as a rulebook's tests: every fail example must fire the
/// rule, and no pass example may. Examples are policy fragments; a missing `policy`, `id`, `title` or `kind` is added.
public struct RuleExampleChecker {
    /// An example that does not do what its rule says.
    public struct Failure: Sendable {
        /// The rule.
        public let ruleID: String
        /// Whether it is a fail example (it should fire) or a pass example (it should not).
        public let shouldFire: Bool
        /// Its position among the rule's examples of its kind, from 0.
        public let index: Int
        /// Where the example is written in the rulebook (the rule's id when the example's own place is not known).
        public let location: Location
        /// What went wrong, in a sentence.
        public let problem: String
    }

    /// The outcome of checking a set of rules.
    public struct Outcome: Sendable {
        /// How many examples ran.
        public let examples: Int
        /// How many rules they belong to.
        public let rules: Int
        /// The examples that did not behave, rule by rule.
        public let failures: [Failure]
    }

    /// The rule set the rules come from, which builds each rule's one-rule engine.
    public let builder: RuleSetBuilder

    /// A checker for the rules of `builder`.
    public init(builder: RuleSetBuilder) {
        self.builder = builder
    }

    /// Runs the examples of `rules`.
    public func check(_ rules: [Rule]) throws(InputErrors) -> Outcome {
        var failures: [Failure] = []
        var examples = 0
        var sources: [String: SourceText] = [:]
        for rule in rules {
            let engine = try builder.engine(selection: RuleSelection(select: [rule.id], preview: true))
            for (shouldFire, texts, spans) in [(true, rule.failExamples, rule.failExampleSpans), (false, rule.passExamples, rule.passExampleSpans)] {
                for (index, text) in texts.enumerated() {
                    examples += 1
                    guard let (firstProblem, invalid) = problem(of: text, shouldFire: shouldFire, rule: rule, engine: engine) else { continue }
                    var problem = firstProblem
                    var location = index < spans.count ? exampleLocation(spans[index], of: rule, sources: &sources) : rule.definedAt
                    // An example that is not a valid policy is reported where in the rulebook its fault is.
                    if let invalid, index < spans.count, let source = sources[rule.definedAt.file],
                       let placed = ExampleFault.place(invalid, example: text, kind: rule.appliesTo.first, at: spans[index], in: source) {
                        location = placed.location
                        problem = "the example is not a valid policy fragment: \(placed.message)"
                    }
                    failures.append(Failure(ruleID: rule.id, shouldFire: shouldFire, index: index, location: location, problem: problem))
                }
            }
        }
        return Outcome(examples: examples, rules: rules.count, failures: failures)
    }

    /// What is wrong with one example, with the finding that says it is not a valid policy when that is what is wrong;
    /// nil when it behaves.
    private func problem(of text: String, shouldFire: Bool, rule: Rule, engine: RuleEngine) -> (String, invalid: Finding?)? {
        let source = SourceText(name: rule.id, text: ExamplePolicy.wrap(text, kind: rule.appliesTo.first))
        let read = PolicyReader().read(source)
        if let invalid = read.findings.first {
            return ("the example is not a valid policy fragment: \(invalid.message)", invalid)
        }
        guard let document = read.documents.first else { return ("the example holds no policy", nil) }
        let fired = engine.run(on: document).filter { $0.ruleID == rule.id }
        if shouldFire, fired.isEmpty { return ("the fail example does not fire the rule", nil) }
        if !shouldFire, let first = fired.first { return ("the pass example fires the rule: \(first.message)", nil) }
        return nil
    }

    /// The example at `span` in the rulebook that defines `rule`, with its excerpt; the rule's id when the file cannot be read again.
    private func exampleLocation(_ span: SourceSpan, of rule: Rule, sources: inout [String: SourceText]) -> Location {
        let file = rule.definedAt.file
        if sources[file] == nil {
            if file == RulebookLoader.builtInSource.name {
                sources[file] = RulebookLoader.builtInSource
            } else if case .success(let source) = SourceLoader.load(file, limits: .default) {
                sources[file] = source
            }
        }
        guard let source = sources[file] else { return rule.definedAt }
        return Location(source: source, span: span)
    }
}
