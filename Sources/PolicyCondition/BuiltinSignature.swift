/// The static signature of one built-in overload; `parameters` include the receiver first.
struct BuiltinSignature: Sendable {
    /// Parameter kinds; `.dyn` accepts anything.
    let parameters: [TypeKind]
    /// Computes the result type from the argument types.
    let result: @Sendable ([CELType]) -> CELType

    /// A signature with a fixed result type.
    init(_ parameters: [TypeKind], _ result: CELType) {
        self.parameters = parameters
        self.result = { _ in result }
    }

    /// A signature whose result type depends on the arguments.
    init(_ parameters: [TypeKind], computing result: @escaping @Sendable ([CELType]) -> CELType) {
        self.parameters = parameters
        self.result = result
    }

    /// Whether arguments of these kinds may match (dyn matches anything).
    func accepts(_ kinds: [TypeKind]) -> Bool {
        guard kinds.count == parameters.count else { return false }
        return zip(kinds, parameters).allSatisfy { argument, parameter in
            argument == .dyn || parameter == .dyn || argument == parameter
        }
    }
}
