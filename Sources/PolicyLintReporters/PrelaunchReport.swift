import Foundation
import PolicyLintCore

/// The officers' pre-launch report: every policy checked, its verdict, scorecard, findings and waivers, and the sign-off record.
public struct PrelaunchReport: Sendable {
    /// The policies checked, in the order named.
    public let policies: [PolicyAssessment]
    /// Findings about entries of the waivers files (a waiver naming a policy that no policy has, or filed with a config
    /// that does not govern its policy), in file order: they stop no policy's launch, but a waiver they name accepts nothing.
    public let waiversFileFindings: [Finding]
    /// The principle catalogues scored against.
    public let catalogues: PrincipleCatalogues
    /// Who checked, when and with what.
    public let signOff: SignOffRecord

    /// Builds the report from a check, one policy per file; `titles` maps file paths to titles, `reportDate` judges waiver expiry.
    public init(report: CheckReport, catalogues: PrincipleCatalogues, rules: [Rule], titles: [String: String],
                signOff: SignOffRecord, reportDate: Date) {
        self.init(report: report, catalogues: catalogues, rules: rules,
                  headings: titles.mapValues { [PolicyHeading(documentIndex: 0, id: nil, title: $0)] },
                  signOff: signOff, reportDate: reportDate)
    }

    /// Builds the report from a check; `headings` maps file paths to the policies each holds, so a file of several
    /// policies gets a verdict for each. `reportDate` judges waiver expiry.
    public init(report: CheckReport, catalogues: PrincipleCatalogues, rules: [Rule], headings: [String: [PolicyHeading]],
                signOff: SignOffRecord, reportDate: Date) {
        let checked = Set(rules.flatMap(\.principles))
        var policies: [PolicyAssessment] = []
        for file in report.files where file.role == .policy {
            for part in Self.split(file, headings: headings[file.path] ?? []) {
                policies.append(PolicyAssessment(number: policies.count + 1, file: part.file, failOn: report.failOn, title: part.title,
                                                 catalogues: catalogues, checkedPrinciples: checked, reportDate: reportDate))
            }
        }
        self.policies = policies
        waiversFileFindings = report.files.filter { $0.role == .waivers }.flatMap(\.findings)
        self.catalogues = catalogues
        self.signOff = signOff
    }

    /// A file's report split into one per policy, when every finding can be told apart by its policy; otherwise the
    /// whole file with its titles joined.
    private static func split(_ file: FileReport, headings: [PolicyHeading]) -> [(file: FileReport, title: String?)] {
        let titles = headings.compactMap(\.title)
        let whole = [(file: file, title: titles.isEmpty ? nil : titles.joined(separator: "; "))]
        guard headings.count > 1 else { return whole }
        let owners = file.findings.map { finding -> Int? in
            if let id = finding.policyID {
                let named = headings.indices.filter { headings[$0].id == id }
                if named.count == 1 { return named[0] }
            }
            return headings.firstIndex { $0.documentIndex == finding.documentIndex }
        }
        guard !owners.contains(nil) else { return whole }
        return headings.enumerated().map { index, heading in
            var part = FileReport(path: file.path, policyIDs: heading.id.map { [$0] } ?? [],
                                  findings: zip(file.findings, owners).filter { $0.1 == index }.map(\.0), sha256: file.sha256)
            part.failOn = file.failOn
            return (part, heading.title)
        }
    }

    /// Whether every policy is ready to launch.
    public var isReady: Bool { policies.allSatisfy { $0.verdict == .ready } }

    /// How many policies were read: a file that could not be split by policy counts each policy id it holds.
    public var policyCount: Int { policies.reduce(0) { $0 + max(1, $1.policyIDs.count) } }

    /// The files checked, each once, in order, with the policies each holds.
    public var files: [(path: String, sha256: String?, policies: [PolicyAssessment])] {
        var files: [(path: String, sha256: String?, policies: [PolicyAssessment])] = []
        for policy in policies {
            if let last = files.indices.last, files[last].path == policy.path {
                files[last].policies.append(policy)
            } else {
                files.append((policy.path, policy.sha256, [policy]))
            }
        }
        return files
    }

    /// `1 policy`, `6 policies` or `6 policies in 4 files`.
    public var scopeText: String {
        let policies = policyCount == 1 ? "1 policy" : "\(policyCount) policies"
        let fileCount = files.count
        return fileCount == policyCount ? policies : policies + " in " + (fileCount == 1 ? "1 file" : "\(fileCount) files")
    }

    /// The report's title.
    public var title: String {
        policies.count == 1 && policyCount == 1 ? "Pre-launch report: \(policies[0].displayName)" : "Pre-launch report: \(scopeText)"
    }

    /// `1 of 3 policies is ready to launch; 1 could not be fully checked.` or `The policy is ready to launch.`
    public var overallSentence: String {
        // A file that could not be split by policy counts once for each policy it holds.
        let weight = { (policy: PolicyAssessment) in max(1, policy.policyIDs.count) }
        let ready = policies.filter { $0.verdict == .ready }.map(weight).reduce(0, +)
        if policies.count == 1 && policyCount == 1 {
            switch policies[0].verdict {
            case .ready: return "The policy is ready to launch."
            case .notReady: return "The policy is not ready to launch."
            case .checkIncomplete: return "Part of the policy was not read, so the check is incomplete and the policy is not ready to launch."
            case .couldNotCheck: return "The policy could not be checked, so it is not ready to launch."
            }
        }
        let unchecked = policies.filter(\.verdict.isIncompleteCheck).map(weight).reduce(0, +)
        let readySentence = "\(ready) of \(policyCount) policies \(ready == 1 ? "is" : "are") ready to launch"
        return unchecked == 0 ? readySentence + "." : readySentence + "; \(unchecked) could not be fully checked."
    }

    /// The exit code the verdicts imply: 2 when any policy could not be checked (input that cannot be read, as `check`
    /// exits 2 for it), 1 when any is not ready, its check incomplete included, else 0.
    public var exitCode: Int32 {
        if policies.contains(where: { $0.verdict == .couldNotCheck }) { return 2 }
        return isReady ? 0 : 1
    }
}
