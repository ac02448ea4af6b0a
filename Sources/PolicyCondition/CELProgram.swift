/// A parsed, checked expression, immutable and reusable across threads.
///
/// Supports a subset of CEL (cel-spec langdef): literals, lists, maps, selection, indexing,
/// arithmetic, comparisons (heterogeneous across int/uint/double), `&&`/`||` with commutative
/// error absorption, `?:`, `in`, `has()`, the `all`/`exists`/`exists_one`/`filter`/`map` macros,
/// `size`, string functions, conversions, timestamps and durations.
///
/// Deviations from CEL:
/// - `has(a.b.c)` returns false (instead of raising an error) when a declared variable is unbound
///   or any intermediate selection is missing or null.
/// - Timestamps are held as `Date` (about microsecond precision) and durations as `Double` seconds.
/// - Timezone arguments of the timestamp accessors are not supported (all accessors use UTC).
/// - Nesting is limited (32 levels of sub-expressions, syntax trees 64 levels high); deeper input is a
///   syntax problem. `&&`/`||` chains are balanced, so long chains are fine.
/// - Regular expressions use `NSRegularExpression` (ICU) syntax rather than RE2.
/// - Message construction (`Foo{a: 1}`), qualified/namespaced names and optional syntax are not supported.
///
/// policylint extensions: `date("2027-01-10")` (a timestamp at midnight UTC) and `d.inDays()`
/// (a duration's whole days, rounded down). Literal arguments of `timestamp`, `duration`, `date`
/// and `matches` are validated at compile time and reported at the literal.
public struct CELProgram: Sendable {
    /// The expression text as given.
    public let source: String
    /// The static type of the expression's result (e.g. `.bool` for a usable condition; `.dyn` when unknown).
    public let resultType: CELType
    /// The dotted field paths the expression selects from variables (e.g. "funding.match_funding.required"), for tooling.
    ///
    /// Paths are maximal selection chains rooted at declared variables (string-literal indexes count as
    /// fields), deduplicated, in order of first appearance; a bare variable reference contributes its name.
    public let referencedPaths: [String]

    private let root: SyntaxNode
    private let environment: CELEnvironment
    private let compiledPatterns: [Int: CompiledPattern]

    /// Parses and type-checks `source` against `environment`; throws CELCompileError (all problems found, at least one).
    ///
    /// Syntax errors stop at the first problem; type problems are all reported, ordered by offset.
    public init(_ source: String, environment: CELEnvironment) throws(CELCompileError) {
        let root: SyntaxNode
        do {
            root = try Parser.parse(source)
        } catch {
            throw CELCompileError(problems: [error.problem])
        }
        var checker = TypeChecker(environment: environment)
        let resultType = checker.check(root)
        if !checker.problems.isEmpty {
            let ordered = checker.problems.enumerated()
                .sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
                .map(\.element)
            throw CELCompileError(problems: ordered)
        }
        self.source = source
        self.root = root
        self.environment = environment
        self.resultType = resultType
        self.compiledPatterns = checker.compiledPatterns
        self.referencedPaths = ReferencedPathCollector.paths(in: root, variables: Set(environment.variables.keys))
    }

    /// Evaluates with the given variable bindings; never throws or traps.
    public func evaluate(_ bindings: [String: CELValue]) -> CELResult {
        var evaluator = Evaluator(bindings: bindings, environment: environment, compiledPatterns: compiledPatterns)
        do {
            return .value(try evaluator.evaluate(root))
        } catch {
            return .error(error)
        }
    }
}
