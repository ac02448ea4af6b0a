/// A host-provided function (global call `name(args)` or receiver call `x.name(args)` when `receiverStyle`).
public struct CELFunction: Sendable {
    /// The name used in expressions.
    public let name: String
    /// Whether the function is called as a method; the receiver is then passed as the first argument.
    public let receiverStyle: Bool
    /// The signatures; the first whose parameters match the arguments is used.
    public let overloads: [CELOverload]

    /// Creates a host function.
    public init(name: String, receiverStyle: Bool, overloads: [CELOverload]) {
        self.name = name
        self.receiverStyle = receiverStyle
        self.overloads = overloads
    }
}
