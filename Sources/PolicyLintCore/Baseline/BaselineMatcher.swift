/// Marks baselined findings file by file, using up each baseline entry once, and once every file is marked reports the
/// entries that accepted nothing.
public final class BaselineMatcher {
    private let baseline: Baseline
    private var remaining: [String: Int]
    /// The rules in force for each policy (or, for a document without an id, each file) the run checked in full, by the
    /// owner a fingerprint names.
    private var checked: [String: Set<String>] = [:]

    init(_ baseline: Baseline) {
        self.baseline = baseline
        remaining = baseline.findings.reduce(into: [String: Int]()) { $0[$1.fingerprint, default: 0] += 1 }
    }

    /// Marks the findings of `file` that the baseline still has entries for, and records that the rules in
    /// `rulesInForce` looked at its policies, so an entry for them that accepts nothing is stale.
    public func mark(_ file: inout FileReport, rulesInForce: Set<String> = []) {
        for index in file.findings.indices where file.findings[index].isBaselineable {
            let fingerprint = Fingerprint.of(file.findings[index])
            if let count = remaining[fingerprint], count > 0 {
                remaining[fingerprint] = count - 1
                file.findings[index].isBaselined = true
            }
        }
        // A file that could not be read in full may hide the findings its entries accept: its entries are not judged.
        guard file.role == .policy, !file.findings.contains(where: \.isInputError) else { return }
        let owners = file.policyIDs.isEmpty ? ["file:" + Fingerprint.fileIdentity(file.path)] : file.policyIDs
        for owner in owners { checked[owner, default: []].formUnion(rulesInForce) }
    }

    /// A report of the baseline file with a `stale-baseline-entry` warning at each entry that accepted no finding,
    /// or nil when there is none. Only entries for a policy the run checked in full, of a rule that ran on it (or of a
    /// check policylint makes itself), are judged: a run of some of the policies, or with some rules left out, cannot
    /// tell. Its threshold is `error`, so stale entries change the exit code only when `failing` (`--fail-on-stale-baseline`)
    /// makes it `warning`.
    public func staleEntriesReport(failing: Bool = false) -> FileReport? {
        var unused = remaining.filter { $0.value > 0 }
        // Of entries with one fingerprint, the last ones written are those left over.
        var stale: [Baseline.Entry] = []
        for entry in baseline.findings.reversed() {
            guard let count = unused[entry.fingerprint], count > 0 else { continue }
            unused[entry.fingerprint] = count - 1
            let owner = entry.policy ?? "file:" + Fingerprint.fileIdentity(entry.file)
            guard let rules = checked[owner], rules.contains(entry.rule) || ToolFindingKind.kind(entry.rule) != nil else { continue }
            stale.append(entry)
        }
        let findings = stale.compactMap { entry in entry.location.map { Self.staleFinding(entry, at: $0) } }
            .sorted { $0.location.span.start.offset < $1.location.span.start.offset }
        guard let file = findings.first?.location.file else { return nil }
        var report = FileReport(path: file, policyIDs: [], findings: findings, sha256: baseline.sha256)
        report.role = .baseline
        report.failOn = failing ? .warning : .error
        return report
    }

    /// The warning for an entry that accepted nothing.
    private static func staleFinding(_ entry: Baseline.Entry, at location: Location) -> Finding {
        let owner = entry.policy.map { "policy '\($0)'" } ?? "'\(entry.file)'"
        let place = entry.path.map { " at \($0)" } ?? ""
        return Finding(ruleID: "stale-baseline-entry", severity: .warning, category: .baseline,
                       message: "baseline entry for '\(entry.rule)' in \(owner)\(place) matches no finding: the barrier has gone, so rewrite the baseline with --write-baseline to drop it",
                       location: location, policyID: entry.policy,
                       why: "A stale entry would accept the same barrier if it came back, unnoticed, and makes the baseline look larger than the work left.",
                       alternatives: ["Rewrite the baseline with --write-baseline once the change is merged."])
    }
}
