/// Whether a policy is ready to launch: the whole policy could be read, and no active finding is at or above the fail threshold.
public enum LaunchVerdict: String, Sendable {
    /// The whole policy was read and no active finding is at or above the fail threshold.
    case ready
    /// At least one active finding at or above the fail threshold (an expired waiver leaves its finding active).
    case notReady = "not-ready"
    /// The policy was read, but part of it was not (such as a misspelt key), so the rules did not check that part.
    case checkIncomplete = "check-incomplete"
    /// The file could not be read as a policy, or breaks the policy format, so nothing reliable can be said about it.
    case couldNotCheck = "could-not-check"

    /// The words shown for the verdict.
    public var label: String {
        switch self {
        case .ready: return "Ready to launch"
        case .notReady: return "Not ready to launch"
        case .checkIncomplete: return "Check incomplete: part of the policy was not read"
        case .couldNotCheck: return "Could not be checked"
        }
    }

    /// A symbol shown beside the label (decorative: the label carries the meaning).
    public var symbol: String {
        switch self {
        case .ready: return "✔"
        case .notReady: return "✖"
        case .checkIncomplete, .couldNotCheck: return "?"
        }
    }

    /// Whether the check behind the verdict was incomplete, so the verdict says nothing about barriers in the unread part.
    public var isIncompleteCheck: Bool { self == .checkIncomplete || self == .couldNotCheck }
}
