import PolicyCondition
import PolicyYAML

/// One cause of a structured rule's barrier, with where its finding points and the fix that removes it, for a rule
/// whose condition joins several causes (a 0% cap on core costs, or `eligible: false`): the first case whose
/// condition holds, when the rule fires, chooses the finding's `at` and `fix`.
public struct RuleCase: Sendable {
    /// When this case is the cause.
    public let condition: CELProgram
    /// The field its finding points at, or nil for the rule's own.
    public let at: NodePath?
    /// The change that removes this cause, or nil for the rule's own fix.
    public let fix: Fix?

    /// Creates a case.
    public init(condition: CELProgram, at: NodePath?, fix: Fix?) {
        self.condition = condition
        self.at = at
        self.fix = fix
    }
}
