/// The outcome of checking one file.
public struct FileReport: Sendable {
    /// What a file is to the run.
    public enum Role: String, Sendable {
        /// A policy (or a file that could not be read as one) that the run checked.
        case policy
        /// A waivers file whose entries the run judged once every policy was checked.
        case waivers
        /// The baseline file, whose entries the run judged once every policy was checked.
        case baseline
    }

    /// The file as named (or `<stdin>`).
    public let path: String
    /// The ids of the policies it holds, in order.
    public let policyIDs: [String]
    /// Every finding in the file, ordered by position.
    public var findings: [Finding]
    /// The SHA-256 of the file's bytes in hex, for audit trails; nil when the file could not be read.
    public let sha256: String?
    /// The fail threshold of the config that governs this file, when it differs from the run's.
    public var failOn: Severity?
    /// Where each policy's id is written, by id (the first, when a file repeats one), so a run can point at a repeat.
    public var policyIDLocations: [String: Location] = [:]
    /// What the file is to the run.
    public var role = Role.policy

    /// Creates a file report.
    public init(path: String, policyIDs: [String], findings: [Finding], sha256: String?) {
        self.path = path
        self.policyIDs = policyIDs
        self.findings = findings
        self.sha256 = sha256
    }

    /// A `duplicate-policy-id` warning at `location`, for a policy whose id another policy, at `first`, already has:
    /// waivers and baselines are matched by policy id, so a repeat would let one policy's waiver accept the other's barrier.
    public static func duplicateID(_ id: String, at location: Location, first: Location, documentIndex: Int) -> Finding {
        Finding(ruleID: "duplicate-policy-id", severity: .warning, category: .format,
                message: "policy id '\(id)' is already used by the policy at \(first.file):\(first.span.start); waivers and baselines are matched by id, so give each policy its own",
                location: location, nodePath: "id", policyID: id, documentIndex: documentIndex,
                why: "Waivers files and baselines find a policy by its id, so two policies with one id share their waivers and baseline entries: a waiver meant for one can accept a barrier in the other.",
                alternatives: ["Give each policy its own id, such as the fund's name and year (community-fund-2027)."], principles: [])
    }

    /// Adds a `duplicate-policy-id` warning for each of this file's ids that `seen` already holds (ids from earlier files
    /// of the run), then adds this file's ids to `seen`.
    public mutating func markRepeatedIDs(_ seen: inout [String: Location]) {
        var handled = Set<String>()
        for id in policyIDs where handled.insert(id).inserted {
            guard let location = policyIDLocations[id] else { continue }
            if let first = seen[id], first.file != location.file {
                findings.append(Self.duplicateID(id, at: location, first: first, documentIndex: 0))
            } else if seen[id] == nil {
                seen[id] = location
            }
        }
        findings.sort { ($0.location.span.start.offset, $0.ruleID) < ($1.location.span.start.offset, $1.ruleID) }
    }
}
