/// The output formats `check` can write.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Full human output: location, excerpt with carets, why, alternatives.
    case text
    /// One line per finding.
    case concise
    /// The documented JSON report (`"version": 1`), for scripts.
    case json
    /// SARIF 2.1.0, for code scanning dashboards.
    case sarif
    /// JUnit XML, for CI test report views (Jenkins, GitLab, Azure).
    case junit
    /// GitHub Actions workflow commands, which annotate pull requests.
    case github
    /// Markdown, for pull-request comments.
    case markdown

    /// The reporter for this format.
    public var reporter: any Reporter {
        switch self {
        case .text: return TextReporter(concise: false)
        case .concise: return TextReporter(concise: true)
        case .json: return JSONReporter()
        case .sarif: return SARIFReporter()
        case .junit: return JUnitReporter()
        case .github: return GitHubReporter()
        case .markdown: return MarkdownReporter()
        }
    }
}
