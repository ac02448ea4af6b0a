/// How a policy stands against one principle, judged from the active findings that name it.
public enum PrincipleStatus: String, Sendable, CaseIterable {
    /// At least one active error names the principle.
    case atRisk = "at-risk"
    /// Active warnings, but no errors, name the principle.
    case needsAttention = "needs-attention"
    /// Only active infos name the principle.
    case minorPoints = "minor-points"
    /// Rules that serve the principle ran and found nothing active.
    case met
    /// No rule in force serves the principle, or part of the policy was not read, so the report says nothing about it.
    case notChecked = "not-checked"

    /// The words shown for the status; never colour alone.
    public var label: String {
        switch self {
        case .atRisk: return "At risk"
        case .needsAttention: return "Needs attention"
        case .minorPoints: return "Minor points"
        case .met: return "No barriers found"
        case .notChecked: return "Not checked"
        }
    }

    /// A symbol shown beside the label (decorative: the label carries the meaning).
    public var symbol: String {
        switch self {
        case .atRisk: return "✖"
        case .needsAttention: return "▲"
        case .minorPoints: return "●"
        case .met: return "✔"
        case .notChecked: return "–"
        }
    }
}
