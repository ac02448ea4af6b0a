/// The output formats `check` can write.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Full human output: location, excerpt with carets, why, alternatives.
    case text
    /// One line per finding.
    case concise

    /// The reporter for this format.
    public var reporter: any Reporter {
        switch self {
        case .text: return TextReporter(concise: false)
        case .concise: return TextReporter(concise: true)
        }
    }
}
