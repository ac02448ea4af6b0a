import Foundation
import PolicyLintCore

/// The officers' pre-launch report: every policy checked, its verdict, scorecard, findings and waivers, and the sign-off record.
public struct PrelaunchReport: Sendable {
    /// The policies checked, in the order named.
    public let policies: [PolicyAssessment]
    /// The principle catalogues scored against.
    public let catalogues: PrincipleCatalogues
    /// Who checked, when and with what.
    public let signOff: SignOffRecord

    /// Builds the report from a check; `titles` maps file paths to policy titles, `reportDate` judges waiver expiry.
    public init(report: CheckReport, catalogues: PrincipleCatalogues, rules: [Rule], titles: [String: String],
                signOff: SignOffRecord, reportDate: Date) {
        let checked = Set(rules.flatMap(\.principles))
        policies = report.files.enumerated().map { index, file in
            PolicyAssessment(number: index + 1, file: file, failOn: report.failOn, title: titles[file.path],
                             catalogues: catalogues, checkedPrinciples: checked, reportDate: reportDate)
        }
        self.catalogues = catalogues
        self.signOff = signOff
    }

    /// Whether every policy is ready to launch.
    public var isReady: Bool { policies.allSatisfy { $0.verdict == .ready } }

    /// The report's title.
    public var title: String {
        policies.count == 1 ? "Pre-launch report: \(policies[0].displayName)" : "Pre-launch report: \(policies.count) policies"
    }

    /// `1 of 3 policies is ready to launch; 1 could not be fully checked.` or `The policy is ready to launch.`
    public var overallSentence: String {
        let ready = policies.filter { $0.verdict == .ready }.count
        if policies.count == 1 {
            switch policies[0].verdict {
            case .ready: return "The policy is ready to launch."
            case .notReady: return "The policy is not ready to launch."
            case .checkIncomplete: return "Part of the policy was not read, so the check is incomplete and the policy is not ready to launch."
            case .couldNotCheck: return "The policy could not be checked, so it is not ready to launch."
            }
        }
        let unchecked = policies.filter(\.verdict.isIncompleteCheck).count
        let readySentence = "\(ready) of \(policies.count) policies \(ready == 1 ? "is" : "are") ready to launch"
        return unchecked == 0 ? readySentence + "." : readySentence + "; \(unchecked) could not be fully checked."
    }

    /// The exit code the verdicts imply: 2 when any policy could not be fully checked, 1 when any is not ready, else 0.
    public var exitCode: Int32 {
        if policies.contains(where: \.verdict.isIncompleteCheck) { return 2 }
        return isReady ? 0 : 1
    }
}
