/// What produced a finding.
public enum FindingCategory: String, Sendable, Codable {
    /// A rule of a rulebook fired.
    case rule
    /// The policy breaks the policy format (unknown key, wrong type, impossible value).
    case format
    /// The input could not be read as a policy at all (invalid YAML, binary, too large).
    case input
    /// A waiver has expired, matches nothing, or names no rule: a problem with the team's own record of decisions,
    /// which fails the run like a barrier but is never a barrier, and is never accepted by a baseline.
    case waiver
    /// A baseline entry accepts no finding of the run: a stale line in the team's own record, never a barrier, and never
    /// accepted by a baseline itself.
    case baseline
}
