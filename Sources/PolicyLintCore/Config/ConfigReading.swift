/// A config read as far as its mistakes allow, with every mistake found on the way, so one run can report them all
/// rather than one per attempt.
public struct ConfigReading: Sendable {
    /// The settings that could be read; a file that could not be read, or an `extends` target that is missing,
    /// contributes nothing.
    public var config: Config
    /// Every problem found, in the order found.
    public var problems: [InputError]
    /// Whether every file that can declare rules and parameters was found (each `extends` target and each rulebook),
    /// so a rule or parameter name that matches nothing is truly unknown rather than declared in a missing file.
    public var findsEveryRulebook: Bool

    /// A reading of `config` with no problems.
    public init(config: Config, problems: [InputError] = [], findsEveryRulebook: Bool = true) {
        self.config = config
        self.problems = problems
        self.findsEveryRulebook = findsEveryRulebook
    }

    /// The config, or every problem found reading it.
    public func get() throws(InputErrors) -> Config {
        if !problems.isEmpty { throw InputErrors(problems) }
        return config
    }
}
