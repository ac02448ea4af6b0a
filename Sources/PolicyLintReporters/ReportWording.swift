import Foundation
import PolicyLintCore

/// The plain-language sentences the HTML and Markdown reports share, so both say exactly the same thing.
enum ReportWording {
    /// `Error`, `Warning` or `Info`.
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "Error"
        case .warning: return "Warning"
        case .info: return "Info"
        }
    }

    /// A decorative symbol for a severity; the word always goes with it.
    static func symbol(_ severity: Severity) -> String {
        switch severity {
        case .error: return "✖"
        case .warning: return "▲"
        case .info: return "●"
        }
    }

    /// What a severity means to an officer.
    static func meaning(_ severity: Severity) -> String {
        switch severity {
        case .error: return "a barrier that shuts organisations out"
        case .warning: return "a barrier that makes applying or delivering much harder"
        case .info: return "a point worth considering"
        }
    }

    /// `3 errors`, `1 warning`.
    static func count(_ count: Int, _ severity: Severity) -> String {
        let word = severity.rawValue
        return "\(count) \(word)\(count == 1 ? "" : "s")"
    }

    /// `a, b and c`.
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// The sentences under the verdict: why it was reached, what was found, and what is waived.
    static func summary(_ policy: PolicyAssessment) -> [String] {
        var sentences: [String] = []
        let threshold = policy.failOn == .info ? "info" : policy.failOn.rawValue
        let blocking = policy.blockingFindings.count
        switch policy.verdict {
        case .ready:
            sentences.append("Nothing at or above the \(threshold) level is left open, so the policy can launch.")
        case .notReady:
            // Barriers and waiver problems are named apart: an expired waiver is renewed or removed, not waived again.
            let waivers = policy.blockingFindings.filter { $0.category == .waiver }.count
            let barriers = blocking - waivers
            let barrierNoun = barriers == 1 ? "1 finding" : "\(barriers) findings"
            let waiverNoun = waivers == 1 ? "1 waiver" : "\(waivers) waivers"
            if waivers == 0 {
                sentences.append("\(barrierNoun) at or above the \(threshold) level must be removed, or accepted with a recorded waiver, before launch.")
            } else if barriers == 0 {
                sentences.append("\(waiverNoun) must be renewed or removed before launch: an expired or stray waiver at or above the \(threshold) level blocks it.")
            } else {
                sentences.append("\(barrierNoun) at or above the \(threshold) level must be removed, or accepted with a recorded waiver, "
                                 + "and \(waiverNoun) must be renewed or removed, before launch.")
            }
        case .checkIncomplete:
            sentences.append("Part of the policy was not read, so the rules did not check it and the policy cannot be called ready. "
                             + "Correct the problems reading the policy listed below first, then run the check again.")
        case .couldNotCheck:
            if policy.policyIDs.isEmpty {
                sentences.append("The file could not be read as a policy. Fix the problems listed below and run the check again.")
            } else {
                sentences.append("The policy breaks the policy format, so the rules could not check all of it. "
                                 + "Correct the problems reading the policy listed below first, then run the check again.")
            }
        }
        let problems = policy.readingProblems.count
        if problems > 0 {
            sentences.append("policylint found \(problems == 1 ? "1 problem" : "\(problems) problems") reading the policy; "
                             + (problems == 1 ? "it is not counted as a barrier." : "they are not counted as barriers."))
        }
        let counts = Severity.allCases.reversed().filter { policy.count($0) > 0 }.map { count(policy.count($0), $0) }
        let total = policy.activeBarriers.count
        let nothingWasRead = policy.verdict == .couldNotCheck && policy.policyIDs.isEmpty
        if total == 0, !nothingWasRead {
            sentences.append(policy.verdict.isIncompleteCheck ? "policylint found no open barriers in the parts it could read."
                                                              : "policylint found no open barriers.")
        } else if total > 0 {
            sentences.append("policylint found \(total == 1 ? "1 open finding" : "\(total) open findings"): \(list(counts)).")
        }
        if policy.verdict == .ready, total > 0 {
            sentences.append("The \(total == 1 ? "finding below is" : "findings below are") worth reading before launch, but \(total == 1 ? "does" : "do") not stop it.")
        }
        let waived = policy.waivedCount
        if waived > 0 {
            sentences.append("\(waived == 1 ? "1 more finding is" : "\(waived) more findings are") accepted by a waiver in force.")
        }
        let expired = policy.waivers.filter(\.isExpired).count
        if expired > 0 {
            sentences.append("\(expired == 1 ? "1 waiver has" : "\(expired) waivers have") expired, so \(expired == 1 ? "its barrier counts" : "their barriers count") again.")
        }
        let soon = policy.waivers.filter(\.isExpiringSoon).count
        if soon > 0 {
            sentences.append("\(soon == 1 ? "1 waiver expires" : "\(soon) waivers expire") within \(WaiverEntry.expiringSoonDays) days.")
        }
        return sentences
    }

    /// The rule for "ready to launch", stated in the report itself, for policies judged at `thresholds` (one per policy,
    /// in any order): one level when they share it, else each policy's own, naming the levels in force.
    static func readinessRule(_ thresholds: [Severity]) -> String {
        let levels = Set(thresholds.isEmpty ? [.error] : thresholds).sorted().map(\.rawValue)
        let level = levels.count == 1
            ? "the \(levels[0]) level"
            : "the level its config's fail-on sets (here \(levels.dropLast().joined(separator: ", ")) or \(levels[levels.count - 1]); each policy's summary names its own)"
        return "A policy is ready to launch when all of it can be read and no finding at or above \(level) is left open. "
            + "A finding is open unless a waiver in force accepts it; an expired waiver leaves it open. "
            + "A problem reading the policy (such as a misspelt key) is not a barrier, but the rules did not check that part, "
            + "so it must be corrected first."
    }

    /// Said above the scorecard of a policy not wholly read: why no principle shows "no barriers found".
    static let unreadScorecardNote = "Part of this policy was not read, so no principle is shown as having no barriers found: "
        + "what was not read was not checked."

    /// The label of the row and column that count problems reading a policy.
    static let readingProblemLabel = "Problem reading the policy"

    /// What a problem reading the policy means to an officer.
    static let readingProblemMeaning = "a part of the policy policylint could not read, so no rule checked it"

    /// What the findings about waivers-file entries mean for the launch.
    static let waiversFileFindingsIntro = "These waivers accept nothing as written: each names a policy it cannot apply to. "
        + "They stop no launch by themselves; correct, move or remove them."

    /// The badge of a finding: its severity, or for an input or format problem, that the policy could not be read there.
    static func badge(_ finding: Finding) -> (symbol: String, label: String) {
        let unread = PolicyAssessment.isReadingProblem(finding)
        var label = unread ? readingProblemLabel : severity(finding.severity)
        if let waiver = finding.waiver { label += waiver.isExpired ? ", waiver expired" : ", waived" }
        return (unread ? "?" : symbol(finding.severity), label)
    }

    /// The heading of a finding's explanation: rules explain whom a barrier excludes, policylint's own checks why they matter.
    static func whyHeading(_ finding: Finding) -> String {
        finding.category == .rule ? "Why it excludes people" : "Why it matters"
    }

    /// A waiver's state, reason and approver as sentences, each ending in a full stop however the reason was written.
    static func waiverSentences(_ waiver: AppliedWaiver) -> String {
        let state = waiver.isExpired ? "Expired on \(waiver.expires): this finding counts again." : "Accepted until \(waiver.expires)."
        return [state, "Reason: \(waiver.reason)", "Approved by \(waiver.approver)"].map(sentence).joined(separator: " ")
    }

    /// Text trimmed and ending in a full stop, question mark or exclamation mark (a closing quote or bracket may follow it).
    static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]"]
        let core = trimmed.reversed().drop { closers.contains($0) }
        guard let last = core.first else { return trimmed }
        return ".?!…".contains(last) ? trimmed : trimmed + "."
    }

    /// The location of a finding, in words: `line 23, column 3 of policies/fund.yaml`, naming its policy when the
    /// section covers several.
    static func location(_ finding: Finding, in policy: PolicyAssessment) -> String {
        let start = finding.location.span.start
        let place = "line \(start.line), column \(start.column) of \(finding.location.file)"
        guard policy.policyIDs.count > 1, let id = finding.policyID else { return place }
        return place + ", policy \(id)"
    }

    /// The name of a policy in a list of a file's policies: its id, else its title, else its place.
    static func policyName(_ policy: PolicyAssessment) -> String {
        policy.policyIDs.first ?? policy.title ?? "policy \(policy.number)"
    }

    /// What introduces a finding's quoted text: the policy's own words, or another file's (a waivers file's).
    static func quoteHeading(_ finding: Finding, policyPath: String) -> String {
        let file = finding.location.file
        return file == policyPath || file.isEmpty ? "The policy says" : "\(file.split(separator: "/").last.map(String.init) ?? file) says"
    }

    /// The name of a principle, or its id when the catalogues do not know it.
    static func principleName(_ id: String, in catalogues: PrincipleCatalogues) -> String {
        catalogues.principle(id)?.title ?? id
    }

    /// How far a suggested change can be trusted, in words.
    static func fixSafety(_ safety: Fix.Safety) -> String {
        switch safety {
        case .safe: return "safe to apply"
        case .unsafe: return "changes what the policy offers: review it"
        case .displayOnly: return "for guidance"
        }
    }

    /// Lines with the indentation they all share removed, trailing spaces trimmed, so a quoted field reads cleanly.
    static func dedented(_ lines: [String]) -> [String] {
        let trimmed = lines.map { String($0.reversed().drop { $0 == " " || $0 == "\t" }.reversed()) }
        let indents = trimmed.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }
        let common = indents.min() ?? 0
        return trimmed.map { String($0.dropFirst(min(common, $0.prefix { $0 == " " }.count))) }
    }
}
