import Foundation
import PolicyLintCore

/// One policy in a pre-launch report (or a whole file, when its policies cannot be told apart): its verdict, findings, scorecard and waivers.
public struct PolicyAssessment: Sendable {
    /// Its 1-based place in the report, used to make element ids unique.
    public let number: Int
    /// The file as named.
    public let path: String
    /// The ids of the policies in the file.
    public let policyIDs: [String]
    /// The policies' titles, when they could be read.
    public let title: String?
    /// The SHA-256 digest of the file's bytes; nil when it could not be read.
    public let sha256: String?
    /// The lowest severity that stops this policy launching.
    public let failOn: Severity
    /// Its findings, most serious first, then in file order (findings a baseline accepts are included: the report ignores baselines).
    public let findings: [Finding]
    /// The principle scorecard.
    public let scorecard: PrincipleScorecard
    /// Waivers matched to findings, expired ones included.
    public let waivers: [WaiverEntry]

    /// Assesses one policy's report (a file's, or the part of it that one of its policies owns).
    public init(number: Int, file: FileReport, failOn: Severity, title: String?, catalogues: PrincipleCatalogues,
                checkedPrinciples: Set<String>, reportDate: Date) {
        self.number = number
        path = file.path
        policyIDs = file.policyIDs
        self.title = title
        sha256 = file.sha256
        self.failOn = file.failOn ?? failOn
        let findings = file.findings.map { finding -> Finding in
            var copy = finding
            copy.isBaselined = false
            return copy
        }
        self.findings = findings.enumerated().sorted { ($0.element.severity, $1.offset) > ($1.element.severity, $0.offset) }.map(\.element)
        let wasFullyRead = !findings.contains { Self.isReadingProblem($0) && !$0.isWaived }
        scorecard = PrincipleScorecard(findings: findings, catalogues: catalogues, checkedPrinciples: checkedPrinciples,
                                       policyWasFullyRead: wasFullyRead)
        waivers = findings.compactMap { WaiverEntry(finding: $0, reportDate: reportDate) }
    }

    /// The name shown for the policy: its title, else its file.
    public var displayName: String { title ?? path }

    /// Findings no waiver in force accepts.
    public var activeFindings: [Finding] { findings.filter { !$0.isWaived } }

    /// Active findings a rule raised: the barriers the report counts by severity.
    public var activeBarriers: [Finding] { activeFindings.filter { $0.category == .rule } }

    /// Active findings that say part of the policy could not be read (input and format problems, such as a misspelt key):
    /// they are not barriers, but the rules did not check what they point at.
    public var readingProblems: [Finding] { activeFindings.filter(Self.isReadingProblem) }

    /// Active findings about waivers (expired, unused, naming no rule): neither barriers nor reading problems, but an
    /// expired waiver at or above the fail threshold stops the launch until it is renewed or removed.
    public var waiverProblems: [Finding] { activeFindings.filter { $0.category == .waiver } }

    /// Active barriers and waiver problems at or above the fail threshold: the ones that stop the launch.
    public var blockingFindings: [Finding] { (activeBarriers + waiverProblems).filter { $0.severity >= failOn } }

    /// Whether a finding says part of the policy could not be read (an input or format problem).
    static func isReadingProblem(_ finding: Finding) -> Bool { finding.leavesPartUnread }

    /// How many active barriers there are of a severity (problems reading the policy are counted apart).
    public func count(_ severity: Severity) -> Int { activeBarriers.filter { $0.severity == severity }.count }

    /// How many findings a waiver in force accepts.
    public var waivedCount: Int { findings.filter(\.isWaived).count }

    /// Whether the file could not be read as a policy (invalid YAML, broken format and the like).
    public var hasInputErrors: Bool { findings.contains(where: \.isInputError) }

    /// Could not be checked when the file could not be read or breaks the format; check incomplete when part of it was
    /// not read; otherwise ready when no active barrier is at or above the fail threshold.
    public var verdict: LaunchVerdict {
        if hasInputErrors { return .couldNotCheck }
        if !readingProblems.isEmpty { return .checkIncomplete }
        return blockingFindings.isEmpty ? .ready : .notReady
    }

    /// The element id prefix for this policy's sections.
    public var anchor: String { "policy-\(number)" }
}
