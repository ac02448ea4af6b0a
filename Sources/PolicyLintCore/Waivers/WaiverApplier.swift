import Foundation
import PolicyYAML

/// Attaches waivers to the findings they accept and reports expired, unknown and unused waivers.
public struct WaiverApplier: Sendable {
    /// The day waivers are judged against.
    public let today: Date
    /// The ids of rules that exist, to catch waivers naming no rule.
    public let knownRules: Set<String>
    /// The ids of rules the run checks; nil means every known rule. A waiver of a rule left out of the run (by
    /// `--select`, `--ignore` or `off`) could not have matched a finding, so it is neither unused nor expired here.
    public let activeRules: Set<String>?

    /// Creates an applier; `activeRules` are the rules the run checks (nil: all of `knownRules`).
    public init(today: Date, knownRules: Set<String>, activeRules: Set<String>? = nil) {
        self.today = today
        self.knownRules = knownRules
        self.activeRules = activeRules
    }

    /// The findings with waivers attached, plus findings about the waivers themselves.
    public func apply(_ waivers: [Waiver], to findings: [Finding], policyID: String?) -> [Finding] {
        var result = findings
        var extra: [Finding] = []
        for waiver in waivers where waiver.policyID == nil || waiver.policyID == policyID {
            guard knownRules.contains(waiver.rule) else {
                extra.append(problem("unknown-waiver-rule", .error, "waiver names rule '\(waiver.rule)', which does not exist\(Suggestion.ruleHint(for: waiver.rule, in: Array(knownRules).sorted(), globs: false)); `policylint rules` lists them", waiver, policyID))
                continue
            }
            if let activeRules, !activeRules.contains(waiver.rule) { continue }
            let matches = result.indices.filter { result[$0].ruleID == waiver.rule && result[$0].nodePath == waiver.path && result[$0].waiver == nil }
            for index in matches { result[index].waiver = waiver.applied(on: today) }
            let expiry = CalendarDate.format(waiver.expires)
            if waiver.isExpired(on: today) {
                extra.append(problem("waiver-expired", .error, "the waiver of '\(waiver.rule)' at \(waiver.path), approved by \(waiver.approver), expired on \(expiry); renew it with a new decision or remove the barrier", waiver, policyID))
            } else if matches.isEmpty {
                extra.append(problem("unused-waiver", .warning, unusedMessage(waiver, findings: result), waiver, policyID))
            }
        }
        return result + extra
    }

    /// Why a waiver in force accepts nothing: it repeats a waiver that already accepts the finding, its path misses
    /// the node where its rule's finding is reported, or the barrier has gone. Only the last means removing it.
    private func unusedMessage(_ waiver: Waiver, findings: [Finding]) -> String {
        let named = "the waiver of '\(waiver.rule)' at \(waiver.path)"
        let ofRule = findings.filter { $0.ruleID == waiver.rule && $0.category != .waiver }
        if let earlier = ofRule.first(where: { $0.nodePath == waiver.path })?.waiver {
            return "\(named) repeats the waiver at \(earlier.source), which already accepts that finding; remove one of them"
        }
        var paths: [String] = []
        for path in ofRule.compactMap(\.nodePath) where !paths.contains(path) { paths.append(path) }
        guard !paths.isEmpty else { return "\(named) matches no finding; remove it if the barrier has gone" }
        let shown = paths.prefix(3).joined(separator: ", ") + (paths.count > 3 ? " and \(paths.count - 3) more" : "")
        return "\(named) matches no finding: '\(waiver.rule)' is reported at \(shown), so the barrier is still there; correct the waiver's path"
    }

    private func problem(_ id: String, _ severity: Severity, _ message: String, _ waiver: Waiver, _ policyID: String?) -> Finding {
        Finding(ruleID: id, severity: severity, category: .waiver, message: message, location: waiver.location,
                nodePath: waiver.entry, policyID: policyID ?? waiver.policyID,
                why: "A waiver records a decision to accept a barrier for a time; an expired or stray waiver hides nothing and must be renewed or removed.",
                alternatives: ["Remove the barrier so the waiver is no longer needed.", "Record a new decision with a new expiry date and approver."],
                principles: [])
    }
}
