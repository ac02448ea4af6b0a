/// A compiled text-rule pattern, matched by a Pike VM in time linear in the text.
///
/// Matching a window of `n` scalars costs at most `O(n × m)` steps for a program of `m`
/// instructions (`m` is capped by `PatternCompiler.maxInstructions`), whatever the pattern:
/// the VM runs every alternative in lock step instead of backtracking, so patterns such as
/// `(a+)+$` cannot blow up. The leftmost match wins; among matches starting there, the one
/// the pattern prefers (greedy or lazy quantifiers, earlier alternatives first), as in Perl.
public struct TextPattern: Sendable {
    /// The pattern as written.
    public let source: String
    /// Whether matching ignores case.
    public let ignoresCase: Bool
    /// Literals one of which every match contains, when the pattern has them.
    let literals: [[Unicode.Scalar]]?
    /// Sets of literals every match contains one of each (`literals` first); what `LiteralPrefilter` looks for.
    let requirements: [[[Unicode.Scalar]]]
    /// The program the VM runs, compiled the first time the pattern is matched: most patterns of a rulebook
    /// never reach the VM in a given run, because the literal prefilter rules them out.
    private let compiled: LazyValue<PatternProgram>

    /// Parses and checks `source` (every syntax error is thrown here) and finds its required literals; the VM
    /// program is compiled on first match. A case-insensitive pattern is matched against folded text.
    public init(_ source: String, ignoreCase: Bool = true) throws(PatternSyntaxError) {
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
        self.source = source
        self.ignoresCase = parser.ignoreCase
        let literals = RequiredLiterals.of(node)
        self.literals = literals
        requirements = RequiredLiterals.all(node, best: literals)
        let ignoreCase = parser.ignoreCase
        compiled = LazyValue { PatternProgram(node, ignoreCase: ignoreCase) }
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
