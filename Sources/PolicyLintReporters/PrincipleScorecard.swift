import PolicyLintCore

/// Every principle of every catalogue with the findings against it, for one policy.
public struct PrincipleScorecard: Sendable {
    /// One catalogue's principles, in published order.
    public struct Group: Sendable {
        /// The catalogue.
        public let catalogue: PrincipleCatalogue
        /// Its principles' scores.
        public let scores: [PrincipleScore]
    }

    /// The catalogues in order.
    public let groups: [Group]

    /// Whether the whole policy was read; when not, no principle can be shown as having no barriers.
    public let policyWasFullyRead: Bool

    /// Scores `findings` against every principle; `checkedPrinciples` are those some rule in force serves. When part of the
    /// policy was not read (`policyWasFullyRead` false), a principle no finding names is not checked rather than met.
    public init(findings: [Finding], catalogues: PrincipleCatalogues, checkedPrinciples: Set<String>, policyWasFullyRead: Bool = true) {
        self.policyWasFullyRead = policyWasFullyRead
        groups = catalogues.catalogues.map { catalogue in
            Group(catalogue: catalogue, scores: catalogue.principles.map { principle in
                let naming = findings.filter { $0.principles.contains(principle.id) && !$0.isBaselined }
                let active = naming.filter { !$0.isWaived }
                return PrincipleScore(principle: principle,
                                      errors: active.filter { $0.severity == .error }.count,
                                      warnings: active.filter { $0.severity == .warning }.count,
                                      infos: active.filter { $0.severity == .info }.count,
                                      waived: naming.filter(\.isWaived).count,
                                      isChecked: policyWasFullyRead && (checkedPrinciples.contains(principle.id) || !naming.isEmpty))
            })
        }
    }

    /// Every score, catalogue by catalogue.
    public var scores: [PrincipleScore] { groups.flatMap(\.scores) }

    /// Principles with a status, in catalogue order.
    public func principles(_ status: PrincipleStatus) -> [PrincipleScore] { scores.filter { $0.status == status } }
}
