import PolicyLintCore

/// Turns a check report into text in one output format.
public protocol Reporter: Sendable {
    /// The whole output for a run.
    func render(_ report: CheckReport, context: ReportContext) -> String
}

/// What reporters may need beyond the findings: the rules that ran, colour, the tool's identity.
public struct ReportContext: Sendable {
    /// The rules that ran, for formats that describe them (SARIF).
    public let rules: [Rule]
    /// Whether to colour text output.
    public let colour: Bool
    /// The names and versions of the rulebooks in force.
    public let rulebooks: [String]
    /// Whether the run compared its findings with a baseline, so each finding is either new or accepted.
    public let comparedWithBaseline: Bool
    /// The folder relative paths are relative to, for formats that record it (SARIF's `%SRCROOT%`); nil: not recorded.
    public let workingDirectory: String?

    /// Creates a context.
    public init(rules: [Rule] = [], colour: Bool = false, rulebooks: [String] = [], comparedWithBaseline: Bool = false,
                workingDirectory: String? = nil) {
        self.rules = rules
        self.colour = colour
        self.rulebooks = rulebooks
        self.comparedWithBaseline = comparedWithBaseline
        self.workingDirectory = workingDirectory
    }
}
