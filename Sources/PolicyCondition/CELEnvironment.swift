/// The declarations an expression is checked against: variables and host functions.
public struct CELEnvironment: Sendable {
    /// Variable names (simple identifiers) and their static types.
    public let variables: [String: CELType]
    /// Host-provided functions; they take precedence over built-ins of the same name and call style.
    public let functions: [CELFunction]

    /// Creates an environment from variable declarations and host functions.
    public init(variables: [String: CELType], functions: [CELFunction] = []) {
        self.variables = variables
        self.functions = functions
    }

    /// The host function with the given name and call style, if declared.
    func function(named name: String, receiverStyle: Bool) -> CELFunction? {
        functions.first { $0.name == name && $0.receiverStyle == receiverStyle }
    }
}
