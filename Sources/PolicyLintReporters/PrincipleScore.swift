import PolicyLintCore

/// One principle's line on the scorecard: the findings against it and its status.
public struct PrincipleScore: Sendable {
    /// The principle.
    public let principle: Principle
    /// Active errors naming it.
    public let errors: Int
    /// Active warnings naming it.
    public let warnings: Int
    /// Active infos naming it.
    public let infos: Int
    /// Findings naming it that a waiver in force accepts.
    public let waived: Int
    /// Whether the rules could vouch for it: some rule in force serves it (or a finding names it) and the whole policy was read.
    public let isChecked: Bool

    /// Active findings of every severity.
    public var active: Int { errors + warnings + infos }

    /// The status these counts give.
    public var status: PrincipleStatus {
        if errors > 0 { return .atRisk }
        if warnings > 0 { return .needsAttention }
        if infos > 0 { return .minorPoints }
        return isChecked ? .met : .notChecked
    }

    /// `2 errors, 1 warning` or `none`, plus waived findings, for tables and chart labels.
    public var countText: String {
        var parts: [String] = []
        for (count, word) in [(errors, "error"), (warnings, "warning"), (infos, "info")] where count > 0 {
            parts.append("\(count) \(word)\(count == 1 ? "" : "s")")
        }
        if waived > 0 { parts.append("\(waived) waived") }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }
}
