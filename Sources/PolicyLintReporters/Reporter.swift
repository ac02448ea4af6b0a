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

    /// Creates a context.
    public init(rules: [Rule] = [], colour: Bool = false, rulebooks: [String] = []) {
        self.rules = rules
        self.colour = colour
        self.rulebooks = rulebooks
    }
}
