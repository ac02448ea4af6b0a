/// Finds waivers-file entries for a policy the run checked under a config that does not list the waivers file (such as
/// a waiver in the root config's waivers file for a policy in a folder with a config of its own): the waiver never
/// reaches its policy, so without a word it would accept nothing.
public enum MisplacedWaivers {
    /// The finding id.
    public static let id = "misplaced-waiver"

    /// A policy the run checked: its id, its file and the index of the plan that governed it.
    public struct CheckedPolicy: Sendable, Equatable {
        /// The policy's id.
        public let id: String
        /// The file it is in.
        public let file: String
        /// The index of its plan among the run's plans.
        public let plan: Int

        /// Creates a record of a checked policy.
        public init(id: String, file: String, plan: Int) {
            self.id = id
            self.file = file
            self.plan = plan
        }
    }

    /// A warning for each waiver of the waivers files of `plans` (each once, however often it is listed) whose policy
    /// the run checked, but only under plans whose waivers do not include it, naming the config that governs the policy.
    public static func findings(plans: [RunPlan], checked: [CheckedPolicy]) -> [Finding] {
        var findings: [Finding] = []
        for waiver in Waiver.distinctEntries(plans.flatMap(\.waivers)) {
            guard let policyID = waiver.policyID else { continue }
            let places = checked.filter { $0.id == policyID && plans.indices.contains($0.plan) }
            guard let place = places.first, !places.contains(where: { plans[$0.plan].waivers.contains(waiver) }) else { continue }
            let policy = "the waiver of '\(waiver.rule)' at \(waiver.path) names policy '\(policyID)' (\(place.file))"
            let message: String
            if let config = plans[place.plan].config.file {
                message = "\(policy), which is governed by \(config); that config does not list this waivers file, so the waiver never applies: move it to a waivers file \(config) lists"
            } else {
                message = "\(policy), which no config file governs, so the waiver never applies: only waivers files given with --waivers apply to it"
            }
            findings.append(waiver.policyWarning(
                id, message: message,
                why: "A waivers file applies only to the policies governed by a config that lists it (the nearest .policylint.yaml above each policy, with what it extends), so a waiver filed with another config never reaches its policy: the barrier it was written for stays open.",
                alternatives: ["Move the waiver to a waivers file listed by the config that governs the policy.",
                               "Or have that config extend the one that lists this waivers file, so it inherits its waivers."]))
        }
        return findings
    }
}
