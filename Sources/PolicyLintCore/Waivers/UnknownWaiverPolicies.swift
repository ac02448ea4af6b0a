import PolicyCondition

/// Finds waivers-file entries whose `policy:` id no policy of the run has: such a waiver accepts nothing, so a misspelt
/// id would otherwise leave its barrier open without a word.
///
/// A run may check only some of a repository's policies, so an id is reported only when that cannot be why it matched
/// nothing: when it is close to an id the run did check (a likely typo), or when every policy the waiver could name was
/// checked (as the caller's `isCovered` judges). Close means at most two letters apart; ids that differ only in their
/// numbers (`fund-2026`, `fund-2027`, `fund`) name different rounds of a fund rather than a typo, so they are not close.
public enum UnknownWaiverPolicies {
    /// The finding id.
    public static let id = "unknown-waiver-policy"

    /// A warning for each waiver of `waivers` (each once, however often it is listed) whose policy id is not among
    /// `checkedIDs`, when the id is close to one of them or `isCovered` holds for the waiver.
    public static func findings(for waivers: [Waiver], checkedIDs: Set<String>, isCovered: (Waiver) -> Bool) -> [Finding] {
        let checked = checkedIDs.sorted()
        var findings: [Finding] = []
        for waiver in Waiver.distinctEntries(waivers) {
            guard let policyID = waiver.policyID, !checkedIDs.contains(policyID) else { continue }
            let message: String
            if let closest = closeID(to: policyID, in: checked) {
                message = "the waiver of '\(waiver.rule)' at \(waiver.path) names policy '\(policyID)', which no policy checked has (did you mean '\(closest)'?); until the id is corrected it accepts nothing"
            } else if isCovered(waiver) {
                message = "the waiver of '\(waiver.rule)' at \(waiver.path) names policy '\(policyID)', which none of the policies its config governs has; correct the id, or remove the waiver if the policy has gone"
            } else {
                continue
            }
            findings.append(waiver.policyWarning(
                id, message: message,
                why: "A waivers file finds each waiver's policy by its id, so a waiver whose id no policy has accepts nothing: the barrier it was written for stays open, or the record has outlived its policy.",
                alternatives: ["Write the id exactly as the policy's own `id` field gives it.",
                               "Remove the waiver if its policy has been withdrawn or renamed."]))
        }
        return findings
    }

    /// The checked id that `id` most likely misspells: at most two edits away, and not another round of the same fund.
    static func closeID(to id: String, in checked: [String]) -> String? {
        let candidates = checked.filter { EditDistance.between($0, id) <= 2 && withoutNumbers($0) != withoutNumbers(id) }
        return Suggestion.closest(to: id, in: candidates)
    }

    /// An id with its numbers left out, and the hyphens around them: `grant-2027-small` is `grant-small`.
    static func withoutNumbers(_ id: String) -> String {
        id.split(separator: "-").filter { !$0.allSatisfy(\.isNumber) }.joined(separator: "-")
    }
}
