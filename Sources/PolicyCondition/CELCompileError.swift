/// The problems that stopped an expression from compiling (always at least one).
public struct CELCompileError: Error, Sendable, Equatable {
    /// Every problem found, in source order.
    public let problems: [CELProblem]

    /// Creates a compile error from the problems found.
    public init(problems: [CELProblem]) {
        self.problems = problems
    }
}
