/// What parsing a pattern tells the matcher before any program is compiled: its case rule and required literals.
struct PatternAnalysis: Sendable, Equatable {
    /// The pattern as written.
    let source: String
    /// Whether the rule asked for case to be ignored (before any `(?i)` or `(?-i)` in the pattern).
    let requestedIgnoreCase: Bool
    /// Whether matching ignores case, after the pattern's own flag.
    let ignoresCase: Bool
    /// Sets of literals every match contains one of each, the best set first (empty when the pattern has none).
    let requirements: [[[Unicode.Scalar]]]

    /// Literals one of which every match contains, when the pattern has them.
    var literals: [[Unicode.Scalar]]? { requirements.first }

    /// Parses and checks `source` (every syntax error is thrown here) and finds its required literals.
    static func analyse(_ source: String, ignoreCase: Bool) throws(PatternSyntaxError) -> (analysis: PatternAnalysis, node: PatternNode) {
        var parser = PatternParser(source, ignoreCase: ignoreCase)
        let node = try parser.parse()
        let length = source.unicodeScalars.count
        if node.isNullable {
            throw PatternSyntaxError(message: "the pattern can match empty text, so it would match everywhere", offset: 0, length: max(1, length))
        }
        if node.programSize > PatternCompiler.maxInstructions {
            throw PatternSyntaxError(message: "the pattern is too large once its repetitions are expanded (over \(PatternCompiler.maxInstructions) steps); use smaller bounds",
                                     offset: 0, length: max(1, length))
        }
        let literals = RequiredLiterals.of(node)
        let analysis = PatternAnalysis(source: source, requestedIgnoreCase: ignoreCase, ignoresCase: parser.ignoreCase,
                                       requirements: RequiredLiterals.all(node, best: literals))
        return (analysis, node)
    }

    /// The parsed pattern of an analysis already known to be sound; a pattern that no longer parses (only possible
    /// when the known-pattern table is stale, which a test rules out) matches nothing rather than crash.
    /// Only parses: the literals are already known, and finding them again is most of the cost of an analysis.
    func node() -> PatternNode {
        var parser = PatternParser(source, ignoreCase: requestedIgnoreCase)
        guard let node = try? parser.parse(), !node.isNullable, node.programSize <= PatternCompiler.maxInstructions else {
            return .set(ScalarSet(items: [], negated: false))
        }
        return node
    }
}
