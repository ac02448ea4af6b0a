/// One signature of a host function with its implementation.
public struct CELOverload: Sendable {
    /// Parameter types, including the receiver first for receiver-style functions.
    public let parameters: [CELType]
    /// The static result type.
    public let result: CELType
    /// The implementation; it receives the evaluated arguments (receiver first).
    public let implementation: @Sendable ([CELValue]) -> CELResult

    /// Creates an overload.
    public init(parameters: [CELType], result: CELType, implementation: @escaping @Sendable ([CELValue]) -> CELResult) {
        self.parameters = parameters
        self.result = result
        self.implementation = implementation
    }
}
