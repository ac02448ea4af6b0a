/// The shapes a syntax node can take. Operators are calls with CEL's internal names (`_+_`, `@in`, ...).
indirect enum SyntaxNodeKind: Sendable {
    /// A constant.
    case literal(CELValue)
    /// A variable, macro variable or type name.
    case identifier(String)
    /// Field selection `operand.field`.
    case select(operand: SyntaxNode, field: String)
    /// The `has(operand.field)` macro.
    case presenceTest(operand: SyntaxNode, field: String)
    /// A function or operator call; `target` is the receiver of a method call.
    case call(function: String, target: SyntaxNode?, arguments: [SyntaxNode])
    /// A list literal.
    case list([SyntaxNode])
    /// A map literal.
    case map([MapEntryNode])
    /// A comprehension macro such as `all` or `map`.
    case comprehension(ComprehensionNode)

    /// The direct children, in source order.
    var children: [SyntaxNode] {
        switch self {
        case .literal, .identifier: return []
        case .select(let operand, _), .presenceTest(let operand, _): return [operand]
        case .call(_, let target, let arguments): return (target.map { [$0] } ?? []) + arguments
        case .list(let elements): return elements
        case .map(let entries): return entries.flatMap { [$0.key, $0.value] }
        case .comprehension(let comprehension):
            return [comprehension.range] + [comprehension.predicate, comprehension.transform].compactMap { $0 }
        }
    }
}
