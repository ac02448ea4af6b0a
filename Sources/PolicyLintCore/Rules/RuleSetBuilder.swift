import PolicyCondition

/// Builds the rule engine for a run: the built-in rulebook, users' rulebooks, the selection.
public struct RuleSetBuilder: Sendable {
    /// The principles rules are checked against.
    public let principles: PrincipleCatalogues
    /// The rulebooks loaded, built-in first.
    public let rulebooks: [Rulebook]
    /// Every rule of every rulebook, later rulebooks overriding earlier ones by id (merged once, at load).
    public let allRules: [Rule]

    /// Loads the built-in rulebook (unless `includeBuiltIn` is false) and every user rulebook path.
    ///
    /// The built-in principles and rulebook are loaded once per process and shared (they are fixed when the binary
    /// is built); users' rulebooks are read afresh each time.
    public init(rulebookPaths: [String], includeBuiltIn: Bool = true) throws(InputErrors) {
        let principles = try BuiltInRulebook.loadedPrinciples()
        let loader = RulebookLoader(principles: principles)
        var rulebooks: [Rulebook] = []
        var errors: [InputError] = []
        if includeBuiltIn { rulebooks.append(try BuiltInRulebook.loadedRulebook()) }
        for path in rulebookPaths {
            do {
                rulebooks.append(try loader.load(path: path))
            } catch {
                errors += error.errors
            }
        }
        errors += Self.clashingParameters(rulebooks)
        if !errors.isEmpty { throw InputErrors(errors) }
        self.principles = principles
        self.rulebooks = rulebooks
        self.allRules = RuleEngine(rulebooks: rulebooks, selection: RuleSelection(preview: true)).rules
    }

    /// A parameter declared again by a later rulebook would silently change every earlier rule that reads it (all
    /// rules share one `params`): an error at the later declaration. The same file loaded twice is not a clash.
    static func clashingParameters(_ rulebooks: [Rulebook]) -> [InputError] {
        var declared: [String: (rulebook: Rulebook, parameter: RuleParameter)] = [:]
        var errors: [InputError] = []
        for rulebook in rulebooks {
            for name in rulebook.parameters.keys.sorted() {
                guard let parameter = rulebook.parameters[name] else { continue }
                if let earlier = declared[name], earlier.rulebook.file != rulebook.file {
                    let place = earlier.parameter.location.map { " (\($0.file):\($0.span.start))" } ?? ""
                    errors.append(InputError(id: "duplicate-parameter",
                                             message: "parameter '\(name)' is already declared by rulebook '\(earlier.rulebook.name)'\(place), and its rules read it too; give this one another name, or set the existing parameter's value in a config under `parameters`",
                                             location: parameter.location))
                    continue
                }
                declared[name] = (rulebook, parameter)
            }
        }
        return errors
    }

    /// Starts loading the built-in rulebook on another core, for a command line to call before it parses its
    /// arguments: the load then overlaps with argument parsing and finding the configuration. Safe to call more than once.
    public static func loadBuiltInInBackground() {
        BuiltInRulebook.loadInBackground()
    }

    /// The engine for a selection; unknown ids in `select` or `ignore` are errors.
    public func engine(selection: RuleSelection, parameterOverrides: [String: CELValue] = [:]) throws(InputErrors) -> RuleEngine {
        let ids = allRules.map(\.id)
        var errors: [InputError] = []
        for pattern in (selection.select ?? []) + selection.ignore where !ids.contains(where: { Glob.matches(pattern, $0) }) {
            errors.append(InputError(id: "unknown-rule", message: "no rule matches '\(pattern)'\(Suggestion.ruleHint(for: pattern, in: ids)); `policylint rules` lists them"))
        }
        if !errors.isEmpty { throw InputErrors(errors) }
        return RuleEngine(rulebooks: rulebooks, selection: selection, parameterOverrides: parameterOverrides)
    }
}
