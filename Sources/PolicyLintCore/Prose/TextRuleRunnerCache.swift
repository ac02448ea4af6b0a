import Foundation

/// A `TextRuleRunner` built on first use and then shared: loading rules (for `policylint rules`,
/// `explain`, or the rule-id checks of a run) never pays for the literal prefilter, and a run
/// builds it once for all its files, whichever thread asks first.
final class TextRuleRunnerCache: @unchecked Sendable {
    private let rules: [Rule]
    private let lock = NSLock()
    private var runner: TextRuleRunner?

    /// A cache for the text rules among `rules`.
    init(rules: [Rule]) {
        self.rules = rules
    }

    /// The runner, built by the first caller.
    var value: TextRuleRunner {
        lock.lock()
        defer { lock.unlock() }
        if let runner { return runner }
        let built = TextRuleRunner(rules: rules)
        runner = built
        return built
    }
}
