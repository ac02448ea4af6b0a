/// Judges the entries of a run's waivers files once every policy has been checked, since only the whole run knows which
/// policies there are, and reports what it finds in a report of each waivers file, after the policies' reports.
///
/// An entry naming a policy id no checked policy has is reported as `UnknownWaiverPolicies` says, unless a file of the
/// run could not be read (it may hold that policy); an entry for a policy checked under a config that does not list its
/// waivers file, as `MisplacedWaivers` says.
public struct WaiversFileReview: Sendable {
    /// The plans of the run, in the order its groups were planned.
    public let plans: [RunPlan]
    private var checked: [MisplacedWaivers.CheckedPolicy] = []
    private var someInputUnread = false

    /// A review of the waivers files of `plans`, before any policy is recorded.
    public init(plans: [RunPlan]) {
        self.plans = plans
    }

    /// Records the report of a file the run checked under `plans[plan]`.
    public mutating func record(_ report: FileReport, plan: Int) {
        checked += report.policyIDs.map { MisplacedWaivers.CheckedPolicy(id: $0, file: report.path, plan: plan) }
        if report.findings.contains(where: \.isInputError) { someInputUnread = true }
    }

    /// A report for each waivers file with something to say about its entries, in the order the plans name the files,
    /// each with the fail threshold of the strictest config that lists it. `isCovered` says whether the run checked
    /// every policy a waiver could name.
    public func reports(isCovered: (Waiver) -> Bool) -> [FileReport] {
        var findings = MisplacedWaivers.findings(plans: plans, checked: checked)
        if !someInputUnread {
            findings += UnknownWaiverPolicies.findings(for: plans.flatMap(\.waivers), checkedIDs: Set(checked.map(\.id)), isCovered: isCovered)
        }
        let files = plans.flatMap(\.waiversFiles)
        var paths: [String] = []
        for path in files.map(\.file) + findings.map(\.location.file) where !paths.contains(path) { paths.append(path) }
        return paths.compactMap { path in
            let own = findings.filter { $0.location.file == path }
                .sorted { ($0.location.span.start.offset, $0.ruleID) < ($1.location.span.start.offset, $1.ruleID) }
            guard !own.isEmpty else { return nil }
            var report = FileReport(path: path, policyIDs: [], findings: own, sha256: files.first { $0.file == path }?.sha256)
            report.role = .waivers
            report.failOn = plans.filter { $0.waiversFiles.contains { $0.file == path } }.map(\.failOn).min()
            return report
        }
    }
}
