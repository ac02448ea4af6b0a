import Foundation
import PolicyCondition
import PolicyYAML

/// Runs compiled rules over policies; built once per run and shared across files.
public struct RuleEngine: Sendable {
    /// The rules that run, with severities overridden.
    public let rules: [Rule]
    /// Parameter values conditions see as `params`.
    public let parameters: [String: CELValue]
    /// Every rule id the rulebooks define, selected or not (waivers may name any of them).
    public let knownRuleIDs: Set<String>
    /// The ids of `rules`, the rules that run.
    public let activeRuleIDs: Set<String>
    /// The text rules among `rules`, with their patterns' literal prefilter, built on first use and shared by every file.
    private let textRunner: TextRuleRunnerCache
    /// How many cores one file's prose fields are shared out between: 1, unless a run checks one file with cores to spare.
    public var proseWorkers = 1

    /// Merges rulebooks (later ones override rules of the same id), applies the selection and parameter overrides.
    public init(rulebooks: [Rulebook], selection: RuleSelection = RuleSelection(), parameterOverrides: [String: CELValue] = [:]) {
        var merged: [Rule] = []
        var parameters: [String: CELValue] = [:]
        for rulebook in rulebooks {
            for (name, parameter) in rulebook.parameters { parameters[name] = parameter.defaultValue }
            for rule in rulebook.rules {
                if let index = merged.firstIndex(where: { $0.id == rule.id }) { merged[index] = rule } else { merged.append(rule) }
            }
        }
        for (name, value) in parameterOverrides { parameters[name] = value }
        self.parameters = parameters
        self.knownRuleIDs = Set(merged.map(\.id))
        self.rules = merged.filter(selection.includes).map { rule in
            var copy = rule
            if let severity = selection.severities[rule.id] { copy.severity = severity }
            return copy
        }
        self.activeRuleIDs = Set(self.rules.map(\.id))
        self.textRunner = TextRuleRunnerCache(rules: self.rules)
    }

    /// Starts building what the first text-rule check needs (the literal prefilter and the negation cues) on another
    /// core, so it overlaps reading and validating the first file; a check that gets there first waits for it.
    public func prepareInBackground() {
        let runner = textRunner
        DispatchQueue.global(qos: .userInitiated).async {
            _ = runner.value
            _ = NegationCues.shared
        }
    }

    /// The findings of every applicable rule on one policy.
    public func run(on document: PolicyDocument) -> [Finding] {
        var bindings = document.bindings
        // A condition cannot ask has() of a root variable, so an optional root value left out (`jurisdiction`) is null:
        // `jurisdiction == 'scotland'` is then false rather than an error that silences the whole rule.
        for name in Self.optionalRootScalars where bindings[name] == nil { bindings[name] = .null }
        bindings["params"] = .map(CELMap(parameters.map { (.string($0.key), $0.value) }.sorted { ValueText.plain($0.0) < ValueText.plain($1.0) }))
        var currency: String?
        if case .map(let funding)? = bindings["funding"], case .string(let code)? = funding[.string("currency")] { currency = code }
        var findings: [Finding] = []
        // A text rule reads the policy's text when its guard holds ("not a capital fund"), as a structured rule fires.
        let reading = Set(rules.filter { $0.isTextRule && $0.applies(to: document.kind) && Self.holds($0.condition, bindings) }.map(\.id))
        if !reading.isEmpty {
            findings += textRunner.value.findings(in: PolicyProse.fields(of: document), source: document.source, policyID: document.id,
                                            documentIndex: document.document.index, workers: proseWorkers) { reading.contains($0.id) }
        }
        for rule in rules where !rule.isTextRule && rule.applies(to: document.kind) {
            guard Self.holds(rule.condition, bindings) else { continue }
            let cause = rule.cases.first { Self.holds($0.condition, bindings) }
            let (span, path) = location(of: rule, at: cause?.at, in: document)
            findings.append(Finding(ruleID: rule.id, severity: rule.severity, category: .rule,
                                    message: rule.message.render(bindings, currency: currency),
                                    location: Location(source: document.source, span: span), nodePath: path,
                                    policyID: document.id, documentIndex: document.document.index, why: rule.why,
                                    alternatives: rule.alternatives, principles: rule.principles,
                                    references: rule.references, fix: cause?.fix ?? rule.fix))
        }
        return findings
    }

    /// Whether `condition` is true for a policy's `bindings` (an error, like false, does not hold).
    private static func holds(_ condition: CELProgram, _ bindings: [String: CELValue]) -> Bool {
        guard case .value(.bool(true)) = condition.evaluate(bindings) else { return false }
        return true
    }

    /// The policy format's root fields that hold one value (not a mapping or a list) and may be left out.
    static let optionalRootScalars: [String] = PolicyFormat.rootFields.filter { field in
        guard !field.required else { return false }
        switch field.type {
        case .object, .dictionary, .list, .oneOf: return false
        default: return true
        }
    }.map(\.name)

    /// The findings of every text rule on a prose document (Markdown or plain text); structured rules need a policy and do not
    /// run, and text rules' `when` guards, which read fields such a document does not have, are not evaluated.
    public func run(on document: ProseDocument) -> [Finding] {
        textRunner.value.findings(in: document.fields, source: document.source, policyID: nil, documentIndex: 0, workers: proseWorkers)
    }

    /// The span and path a finding of `rule` points at: `at` (a case's) when given and present, else the rule's own.
    func location(of rule: Rule, at caseAt: NodePath? = nil, in document: PolicyDocument) -> (SourceSpan, String?) {
        var candidates: [NodePath] = []
        if let caseAt { candidates.append(caseAt) }
        if let at = rule.at { candidates.append(at) }
        candidates += rule.condition.referencedPaths.compactMap(NodePath.parse).filter { $0.components.first.map { if case .key("params") = $0 { return false } else { return true } } ?? false }
        for candidate in candidates where document.node(at: candidate) != nil {
            return (compactSpan(of: candidate, in: document), candidate.description)
        }
        let fallback = candidates.first ?? NodePath([.key("kind")])
        let node = document.nearestNode(to: fallback)
        return (compactSpan(of: node.path, in: document), node.path.isRoot ? nil : node.path.description)
    }

    /// A scalar's own span, or for a collection the key that introduces it, so carets stay on one line.
    private func compactSpan(of path: NodePath, in document: PolicyDocument) -> SourceSpan {
        let node = document.nearestNode(to: path)
        if node.scalar != nil { return node.span }
        if let parentPath = node.path.parent, case .key(let key)? = node.path.last,
           let pair = document.node(at: parentPath)?.pair(key) {
            return pair.key.span
        }
        return SourceSpan(at: node.span.start)
    }
}
