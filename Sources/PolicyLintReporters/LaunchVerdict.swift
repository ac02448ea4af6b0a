/// Whether a policy is ready to launch: no active finding at or above the fail threshold, and the file could be read.
public enum LaunchVerdict: String, Sendable {
    /// No active finding at or above the fail threshold.
    case ready
    /// At least one active finding at or above the fail threshold (an expired waiver leaves its finding active).
    case notReady = "not-ready"
    /// The file could not be read as a policy, so nothing can be said about it.
    case couldNotCheck = "could-not-check"

    /// The words shown for the verdict.
    public var label: String {
        switch self {
        case .ready: return "Ready to launch"
        case .notReady: return "Not ready to launch"
        case .couldNotCheck: return "Could not be checked"
        }
    }

    /// A symbol shown beside the label (decorative: the label carries the meaning).
    public var symbol: String {
        switch self {
        case .ready: return "✔"
        case .notReady: return "✖"
        case .couldNotCheck: return "?"
        }
    }
}
