import PolicyCondition
import PolicyYAML

/// One check from a rulebook: when it fires, where it points, why it matters and what to do instead.
public struct Rule: Sendable {
    /// Names the bad thing.
    public let id: String
    /// A short statement of the barrier.
    public let title: String
    /// How serious it is (after any override).
    public var severity: Severity
    /// The policy kinds it checks; empty means all.
    public let appliesTo: [String]
    /// Ids of the principles at stake.
    public let principles: [String]
    /// The compiled condition: when a structured rule fires, or when a text rule reads a policy's text (its guard,
    /// `true` when it has no `when`).
    public let condition: CELProgram
    /// The field the finding points at.
    public let at: NodePath?
    /// The message, with placeholders compiled.
    public let message: MessageTemplate
    /// How the barrier excludes people.
    public let why: String
    /// What to do instead.
    public let alternatives: [String]
    /// Law, guidance and research.
    public let references: [String]
    /// A change that removes the barrier.
    public let fix: Fix?
    /// Where the rule is in its life.
    public let status: RuleStatus
    /// The rulebook version that added it.
    public let since: String?
    /// Fragments on which it must fire.
    public let failExamples: [String]
    /// Fragments on which it must not.
    public let passExamples: [String]
    /// The rulebook it comes from.
    public let rulebook: String
    /// Where it is defined.
    public let definedAt: Location
    /// For a text rule, the phrases it finds in prose; nil for a structured rule.
    public var textMatch: TextMatch? = nil
    /// The causes of a structured rule's barrier that point elsewhere or have a fix of their own, tried in order.
    public var cases: [RuleCase] = []
    /// Where each fail example is written in the rulebook, in order (empty when not known).
    public var failExampleSpans: [SourceSpan] = []
    /// Where each pass example is written in the rulebook, in order (empty when not known).
    public var passExampleSpans: [SourceSpan] = []

    /// Whether the rule reads prose (`match:`) rather than structured fields (`when:`).
    public var isTextRule: Bool { textMatch != nil }

    /// Whether the rule is a text rule with a `when` guard ("not a capital fund") on the policy's fields.
    public var isGuardedTextRule: Bool { isTextRule && condition.source != "true" }

    /// Whether the rule checks policies of `kind` (a policy without a valid kind gets only rules for all kinds).
    public func applies(to kind: String?) -> Bool {
        guard !appliesTo.isEmpty else { return true }
        guard let kind else { return false }
        return appliesTo.contains(kind)
    }
}
