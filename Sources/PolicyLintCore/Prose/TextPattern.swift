/// A compiled text-rule pattern, matched by a Pike VM in time linear in the text.
///
/// Matching a window of `n` scalars costs at most `O(n × m)` steps for a program of `m`
/// instructions (`m` is capped by `PatternCompiler.maxInstructions`), whatever the pattern:
/// the VM runs every alternative in lock step instead of backtracking, so patterns such as
/// `(a+)+$` cannot blow up. The leftmost match wins; among matches starting there, the one
/// the pattern prefers (greedy or lazy quantifiers, earlier alternatives first), as in Perl.
public struct TextPattern: Sendable {
    /// How the pattern was analysed (and with which requested case rule): its source, case rule and literals.
    let analysis: PatternAnalysis
    /// The pattern as written.
    public var source: String { analysis.source }
    /// Whether matching ignores case.
    public var ignoresCase: Bool { analysis.ignoresCase }
    /// Literals one of which every match contains, when the pattern has them.
    var literals: [[Unicode.Scalar]]? { analysis.literals }
    /// Sets of literals every match contains one of each (`literals` first); what `LiteralPrefilter` looks for.
    var requirements: [[[Unicode.Scalar]]] { analysis.requirements }
    /// The program the VM runs, compiled the first time the pattern is matched: most patterns of a rulebook
    /// never reach the VM in a given run, because the literal prefilter rules them out.
    private let compiled: LazyValue<PatternProgram>

    /// Parses and checks `source` (every syntax error is thrown here) and finds its required literals; the VM
    /// program is compiled on first match. A case-insensitive pattern is matched against folded text.
    ///
    /// The patterns the binary ships are analysed in advance (`KnownPatterns`), so they are parsed only if matched.
    public init(_ source: String, ignoreCase: Bool = true) throws(PatternSyntaxError) {
        if let known = KnownPatterns.analysis(of: source, ignoreCase: ignoreCase) {
            self.init(known, node: nil)
        } else {
            try self.init(parsing: source, ignoreCase: ignoreCase)
        }
    }

    /// Parses `source` without consulting the known-pattern table, for patterns that are never shipped rule patterns
    /// (the format's field patterns), so checking them does not wait for the table to be read.
    init(parsing source: String, ignoreCase: Bool) throws(PatternSyntaxError) {
        let (analysis, node) = try PatternAnalysis.analyse(source, ignoreCase: ignoreCase)
        self.init(analysis, node: node)
    }

    /// A pattern from its analysis; `node`, when already parsed, saves parsing it again for its program.
    private init(_ analysis: PatternAnalysis, node: PatternNode?) {
        self.analysis = analysis
        let ignoreCase = analysis.ignoresCase
        compiled = LazyValue { PatternProgram(node ?? analysis.node(), ignoreCase: ignoreCase) }
    }

    /// The first match in `text[range]`, as a range of scalar offsets; `^`, `$` and `\b` see only the window.
    public func firstMatch(in text: ProseText, range: Range<Int>) -> Range<Int>? {
        firstMatch(in: text, range: range, scratch: PatternScratch(usesAutomata: false))
    }

    /// `firstMatch(in:range:)` reusing `scratch`'s storage. `literalsPresent` says the caller already knows
    /// that one of the pattern's required literals lies inside the window, so the text is not rescanned for them.
    func firstMatch(in text: ProseText, range: Range<Int>, scratch: PatternScratch, literalsPresent: Bool = false) -> Range<Int>? {
        guard let (scalars, window) = searchable(text, range: range, literalsPresent: literalsPresent) else { return nil }
        return compiled.value.firstMatch(in: scalars, window: window, scratch: scratch, owner: compiled)
    }

    /// The scalars searched (folded when ignoring case) and `range` clamped to them; nil when the window lacks
    /// every required literal (not looked for when the caller knows one is `literalsPresent`).
    private func searchable(_ text: ProseText, range: Range<Int>, literalsPresent: Bool) -> ([Unicode.Scalar], Range<Int>)? {
        let scalars = ignoresCase ? text.folded : text.scalars
        let lower = max(0, min(range.lowerBound, scalars.count))
        let window = lower..<max(lower, min(range.upperBound, scalars.count))
        if !literalsPresent, let literals, !RequiredLiterals.any(literals, in: scalars, range: window) { return nil }
        return (scalars, window)
    }

    /// Whether the pattern's first match in `scalars`, read as they are (not normalised; folded only when ignoring case), is all of them.
    func matchesWhole(_ scalars: [Unicode.Scalar]) -> Bool {
        let view = ignoresCase ? scalars.map(ScalarFolding.lower) : scalars
        return compiled.value.firstMatch(in: view, window: 0..<view.count, scratch: PatternScratch(usesAutomata: false)) == 0..<view.count
    }

    /// Whether the pattern matches anywhere in `text[range]`.
    public func matches(in text: ProseText, range: Range<Int>) -> Bool {
        firstMatch(in: text, range: range) != nil
    }

    /// `matches(in:range:)` reusing `scratch`'s storage (and `literalsPresent` as for `firstMatch`).
    /// Where it can, the automaton alone answers, without the VM.
    func matches(in text: ProseText, range: Range<Int>, scratch: PatternScratch, literalsPresent: Bool = false) -> Bool {
        guard let (scalars, window) = searchable(text, range: range, literalsPresent: literalsPresent) else { return false }
        return compiled.value.hasMatch(in: scalars, window: window, scratch: scratch, owner: compiled)
    }
}
