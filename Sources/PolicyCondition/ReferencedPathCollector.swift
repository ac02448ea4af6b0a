/// Finds the dotted field paths an expression selects from its variables, e.g. "funding.match_funding.required".
enum ReferencedPathCollector {
    /// The maximal selection paths rooted at environment variables, deduplicated in first-appearance order.
    static func paths(in root: SyntaxNode, variables: Set<String>) -> [String] {
        var collected: [String] = []
        var seen = Set<String>()
        visit(root, locals: [], variables: variables) { path in
            if seen.insert(path).inserted { collected.append(path) }
        }
        return collected
    }

    private static func visit(_ node: SyntaxNode, locals: [String], variables: Set<String>, record: (String) -> Void) {
        if let path = path(of: node, locals: locals, variables: variables) {
            record(path)
            return
        }
        switch node.kind {
        case .presenceTest(let operand, let field):
            if let path = path(of: operand, locals: locals, variables: variables) {
                record(path + "." + field)
                return
            }
        case .comprehension(let comprehension):
            visit(comprehension.range, locals: locals, variables: variables, record: record)
            let inner = locals + [comprehension.variable]
            for child in [comprehension.predicate, comprehension.transform].compactMap({ $0 }) {
                visit(child, locals: inner, variables: variables, record: record)
            }
            return
        default:
            break
        }
        for child in node.kind.children {
            visit(child, locals: locals, variables: variables, record: record)
        }
    }

    /// The path of a selection chain (fields or string-literal indexes) rooted at a variable, else nil.
    private static func path(of node: SyntaxNode, locals: [String], variables: Set<String>) -> String? {
        switch node.kind {
        case .identifier(let name):
            return variables.contains(name) && !locals.contains(name) ? name : nil
        case .select(let operand, let field):
            return path(of: operand, locals: locals, variables: variables).map { $0 + "." + field }
        case .call("_[_]", nil, let arguments) where arguments.count == 2:
            guard case .literal(.string(let key)) = arguments[1].kind else { return nil }
            return path(of: arguments[0], locals: locals, variables: variables).map { $0 + "." + key }
        default:
            return nil
        }
    }
}
