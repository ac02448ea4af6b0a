/// One rule or check firing at one place in one policy.
public struct Finding: Sendable, Equatable {
    /// The rule or check id, naming the bad thing (`match-funding-required`, `unknown-key`).
    public var ruleID: String
    /// How serious it is.
    public var severity: Severity
    /// What produced it.
    public var category: FindingCategory
    /// One sentence saying what is wrong here.
    public var message: String
    /// Where it points.
    public var location: Location
    /// The node it points at, such as `funding.match_funding.required`, when it points at one.
    public var nodePath: String?
    /// The id of the policy document, when known.
    public var policyID: String?
    /// The 0-based index of the document in its file.
    public var documentIndex: Int
    /// How the barrier excludes people, with evidence.
    public var why: String?
    /// Concrete, principle-aligned replacements.
    public var alternatives: [String]
    /// Ids of the principles at stake.
    public var principles: [String]
    /// Law, guidance and research behind the rule.
    public var references: [String]
    /// A machine-applicable change, if the rule offers one.
    public var fix: Fix?
    /// The waiver that accepts this finding, if any.
    public var waiver: AppliedWaiver?
    /// Whether a baseline accepts this finding as existing before.
    public var isBaselined = false
    /// The documentation page and heading (relative to `docs/`) that explain it, when not those of its rule or kind: a
    /// wrong type in a config is explained with configs, not with policies.
    public var documentation: String?

    /// Creates a finding, its message on one line (`OneLineText`); the optional explanation fields default to empty.
    public init(ruleID: String, severity: Severity, category: FindingCategory, message: String, location: Location,
                nodePath: String? = nil, policyID: String? = nil, documentIndex: Int = 0, why: String? = nil,
                alternatives: [String] = [], principles: [String] = [], references: [String] = [],
                fix: Fix? = nil, waiver: AppliedWaiver? = nil) {
        self.ruleID = ruleID
        self.severity = severity
        self.category = category
        self.message = OneLineText.folded(message)
        self.location = location
        self.nodePath = nodePath
        self.policyID = policyID
        self.documentIndex = documentIndex
        self.why = why
        self.alternatives = alternatives
        self.principles = principles
        self.references = references
        self.fix = fix
        self.waiver = waiver
    }

    /// Whether the finding makes the input unusable (exit code 2) rather than a barrier to report.
    public var isInputError: Bool { severity == .error && (category == .input || category == .format) }

    /// Whether it says part of the policy was not read (input that could not be read, or a part of the policy the
    /// format does not fit), so the rules did not check that part: as its kind in `ToolFindingKind` says.
    public var leavesPartUnread: Bool {
        (category == .input || category == .format) && (ToolFindingKind.kind(ruleID)?.leavesPartUnread ?? true)
    }

    /// Whether a baseline may accept it: not an input error, and not a finding about a waiver (an expired waiver is a
    /// decision that has run out, which a baseline must not renew for ever) or about the baseline itself.
    public var isBaselineable: Bool { !isInputError && category != .waiver && category != .baseline }

    /// Whether a waiver in force accepts it.
    public var isWaived: Bool { waiver.map { !$0.isExpired } ?? false }

    /// The page that explains the finding: its own `documentation` when it has one, else its rule's, or for a finding
    /// policylint itself raises, the section of the docs that describes it; nil for problems with no page.
    public var documentationURL: String? {
        if let documentation { return PolicyLintVersion.docsBase + documentation }
        if let kind = ToolFindingKind.kind(ruleID) { return PolicyLintVersion.docsBase + kind.documentation }
        guard category == .rule, ruleID.unicodeScalars.allSatisfy({ ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" })
        else { return nil }
        return PolicyLintVersion.rulesDocsBase + ruleID + ".md"
    }
}
