/// A recursive-descent parser for the supported CEL subset, with bounded nesting.
struct Parser {
    /// Maximum nesting of sub-expressions (parentheses, calls, lists, ...).
    static let maximumNestingDepth = 32
    /// Maximum height of the syntax tree (also bounds checker and evaluator recursion).
    static let maximumTreeHeight = 64

    private static let reservedWords: Set<String> = [
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop",
        "package", "namespace", "return", "var", "void", "while",
    ]

    private let tokens: [Token]
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var depth = 0
    private var nextID = 1

    /// Creates a parser over already-lexed tokens; `scalars` is the source, for messages.
    init(tokens: [Token], scalars: [Unicode.Scalar]) {
        self.tokens = tokens
        self.scalars = scalars
    }

    /// Parses the source into a syntax tree.
    static func parse(_ source: String) throws(SyntaxError) -> SyntaxNode {
        let scalars = Array(source.unicodeScalars)
        var lexer = Lexer(scalars: scalars)
        let tokens = try lexer.tokenize()
        var parser = Parser(tokens: tokens, scalars: scalars)
        let root = try parser.parseExpression()
        if parser.current.kind != .endOfInput {
            throw SyntaxError(message: "expected end of input but found \(parser.describe(parser.current))", span: parser.current.span)
        }
        return root
    }

    // MARK: - Token helpers

    private var current: Token { tokens[min(index, tokens.count - 1)] }

    private func describe(_ token: Token) -> String {
        if token.kind == .endOfInput { return "end of input" }
        let start = max(0, min(token.span.offset, scalars.count))
        let end = max(start, min(token.span.end, scalars.count))
        var text = String(String.UnicodeScalarView(scalars[start..<end]))
        if text.count > 40 { text = String(text.prefix(37)) + "..." }
        return "'\(text)'"
    }

    private func isPunctuation(_ text: String) -> Bool { current.kind == .punctuation(text) }

    private mutating func advance() -> Token {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private mutating func consume(_ text: String) -> Token? {
        isPunctuation(text) ? advance() : nil
    }

    @discardableResult
    private mutating func expect(_ text: String) throws(SyntaxError) -> Token {
        if let token = consume(text) { return token }
        throw SyntaxError(message: "expected '\(text)' but found \(describe(current))", span: current.span)
    }

    private mutating func makeNode(_ kind: SyntaxNodeKind, span: SourceSpan, anchor: SourceSpan) throws(SyntaxError) -> SyntaxNode {
        let height = 1 + (kind.children.map(\.height).max() ?? 0)
        if height > Self.maximumTreeHeight {
            throw SyntaxError(
                message: "expression is nested too deeply (more than \(Self.maximumTreeHeight) levels)", span: anchor)
        }
        defer { nextID += 1 }
        return SyntaxNode(id: nextID, kind: kind, span: span, anchor: anchor, height: height)
    }

    private mutating func makeCall(_ function: String, _ arguments: [SyntaxNode], anchor: SourceSpan) throws(SyntaxError) -> SyntaxNode {
        let span = arguments.map(\.span).reduce(anchor) { $0.union($1) }
        return try makeNode(.call(function: function, target: nil, arguments: arguments), span: span, anchor: anchor)
    }

    // MARK: - Grammar

    private mutating func parseExpression() throws(SyntaxError) -> SyntaxNode {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumNestingDepth { throw nestingTooDeep() }
        let condition = try parseLogical(operator: "||")
        guard let question = consume("?") else { return condition }
        let whenTrue = try parseLogical(operator: "||")
        try expect(":")
        let whenFalse = try parseExpression()
        return try makeCall("_?_:_", [condition, whenTrue, whenFalse], anchor: question.span)
    }

    private func nestingTooDeep() -> SyntaxError {
        SyntaxError(message: "expression is nested too deeply (more than \(Self.maximumNestingDepth) levels)", span: current.span)
    }

    /// Parses a chain of `||` (or `&&`) into a balanced tree, so long chains stay shallow.
    private mutating func parseLogical(operator symbol: String) throws(SyntaxError) -> SyntaxNode {
        var operands = [try parseLogicalOperand(operator: symbol)]
        var operators: [SourceSpan] = []
        while let token = consume(symbol) {
            operators.append(token.span)
            operands.append(try parseLogicalOperand(operator: symbol))
        }
        return try balance(operands[...], operators[...], function: "_\(symbol)_")
    }

    private mutating func parseLogicalOperand(operator symbol: String) throws(SyntaxError) -> SyntaxNode {
        symbol == "||" ? try parseLogical(operator: "&&") : try parseRelation()
    }

    private mutating func balance(
        _ operands: ArraySlice<SyntaxNode>, _ operators: ArraySlice<SourceSpan>, function: String
    ) throws(SyntaxError) -> SyntaxNode {
        if operands.count == 1, let only = operands.first { return only }
        let middle = operators.startIndex + operators.count / 2
        let operandSplit = operands.startIndex + (middle - operators.startIndex) + 1
        let left = try balance(operands[..<operandSplit], operators[..<middle], function: function)
        let right = try balance(operands[operandSplit...], operators[(middle + 1)...], function: function)
        return try makeCall(function, [left, right], anchor: operators[middle])
    }

    private mutating func parseRelation() throws(SyntaxError) -> SyntaxNode {
        var left = try parseAddition()
        while let function = relationFunction() {
            let token = advance()
            let right = try parseAddition()
            left = try makeCall(function, [left, right], anchor: token.span)
        }
        return left
    }

    private static let relations = ["<": "_<_", "<=": "_<=_", ">": "_>_", ">=": "_>=_", "==": "_==_", "!=": "_!=_"]
    private static let multiplicativeOperators = ["*": "_*_", "/": "_/_", "%": "_%_"]

    private func relationFunction() -> String? {
        switch current.kind {
        case .punctuation(let text): return Self.relations[text]
        case .identifier("in"): return "@in"
        default: return nil
        }
    }

    private func multiplicativeFunction() -> String? {
        if case .punctuation(let text) = current.kind { return Self.multiplicativeOperators[text] }
        return nil
    }

    private mutating func parseAddition() throws(SyntaxError) -> SyntaxNode {
        var left = try parseMultiplication()
        while isPunctuation("+") || isPunctuation("-") {
            let token = advance()
            let right = try parseMultiplication()
            left = try makeCall(token.kind == .punctuation("+") ? "_+_" : "_-_", [left, right], anchor: token.span)
        }
        return left
    }

    private mutating func parseMultiplication() throws(SyntaxError) -> SyntaxNode {
        var left = try parseUnary()
        while let function = multiplicativeFunction() {
            let token = advance()
            let right = try parseUnary()
            left = try makeCall(function, [left, right], anchor: token.span)
        }
        return left
    }

    private mutating func parseUnary() throws(SyntaxError) -> SyntaxNode {
        let prefix = readUnaryPrefix()
        let operand = try parseMember(negation: prefix.negation)
        return try applyUnary(prefix.operators, to: operand)
    }

    /// Reads `!`/`-` prefixes; a `-` directly before a number literal is folded into the literal.
    private mutating func readUnaryPrefix() -> (operators: [Token], negation: SourceSpan?) {
        var operators: [Token] = []
        while isPunctuation("!") || isPunctuation("-") {
            operators.append(advance())
        }
        if let last = operators.last, last.kind == .punctuation("-") {
            switch current.kind {
            case .integer, .double:
                operators.removeLast()
                return (operators, last.span)
            default:
                break
            }
        }
        return (operators, nil)
    }

    private mutating func applyUnary(_ operators: [Token], to node: SyntaxNode) throws(SyntaxError) -> SyntaxNode {
        var operand = node
        for token in operators.reversed() {
            let function = token.kind == .punctuation("!") ? "!_" : "-_"
            operand = try makeNode(
                .call(function: function, target: nil, arguments: [operand]), span: token.span.union(operand.span), anchor: token.span)
        }
        return operand
    }

    private mutating func parseMember(negation: SourceSpan?) throws(SyntaxError) -> SyntaxNode {
        var expression = try parsePrimary(negation: negation)
        while true {
            if isPunctuation(".") {
                expression = try parseSelection(on: expression)
            } else if isPunctuation("[") {
                expression = try parseIndex(on: expression)
            } else {
                return expression
            }
        }
    }

    private mutating func parseSelection(on expression: SyntaxNode) throws(SyntaxError) -> SyntaxNode {
        _ = advance()
        let nameToken = advance()
        guard case .identifier(let name) = nameToken.kind else {
            throw SyntaxError(message: "expected a field or method name but found \(describe(nameToken))", span: nameToken.span)
        }
        if isPunctuation("(") {
            return try parseMethodCall(target: expression, name: name, nameSpan: nameToken.span)
        }
        return try makeNode(
            .select(operand: expression, field: name), span: expression.span.union(nameToken.span), anchor: nameToken.span)
    }

    private mutating func parseIndex(on expression: SyntaxNode) throws(SyntaxError) -> SyntaxNode {
        let bracket = advance()
        let key = try parseExpression()
        let close = try expect("]")
        return try makeNode(
            .call(function: "_[_]", target: nil, arguments: [expression, key]),
            span: expression.span.union(close.span), anchor: bracket.span)
    }

    private mutating func parseArguments() throws(SyntaxError) -> (arguments: [SyntaxNode], close: Token) {
        try expect("(")
        var arguments: [SyntaxNode] = []
        if let close = consume(")") { return (arguments, close) }
        while true {
            arguments.append(try parseExpression())
            if let close = consume(")") { return (arguments, close) }
            if consume(",") == nil { try expect(")") }
        }
    }

    private mutating func parseMethodCall(target: SyntaxNode, name: String, nameSpan: SourceSpan) throws(SyntaxError) -> SyntaxNode {
        let (arguments, close) = try parseArguments()
        return try makeMethodCall(target: target, name: name, nameSpan: nameSpan, arguments: arguments, close: close)
    }

    private mutating func makeMethodCall(
        target: SyntaxNode, name: String, nameSpan: SourceSpan, arguments: [SyntaxNode], close: Token
    ) throws(SyntaxError) -> SyntaxNode {
        let span = target.span.union(close.span)
        let macroKind = ComprehensionKind(rawValue: name)
        let isMacro = macroKind != nil && (arguments.count == 2 || (macroKind == .map && arguments.count == 3))
        guard let kind = macroKind, isMacro else {
            return try makeNode(.call(function: name, target: target, arguments: arguments), span: span, anchor: nameSpan)
        }
        guard case .identifier(let variable) = arguments[0].kind else {
            throw SyntaxError(message: "the first argument of '\(name)' must be a simple variable name", span: arguments[0].span)
        }
        let comprehension: ComprehensionNode
        switch (kind, arguments.count) {
        case (.map, 2):
            comprehension = ComprehensionNode(kind: kind, range: target, variable: variable, predicate: nil, transform: arguments[1])
        case (.map, _):
            comprehension = ComprehensionNode(kind: kind, range: target, variable: variable, predicate: arguments[1], transform: arguments[2])
        default:
            comprehension = ComprehensionNode(kind: kind, range: target, variable: variable, predicate: arguments[1], transform: nil)
        }
        return try makeNode(.comprehension(comprehension), span: span, anchor: nameSpan)
    }

    private mutating func parsePrimary(negation: SourceSpan?) throws(SyntaxError) -> SyntaxNode {
        if isPunctuation("(") { return try parseParenthesized() }
        if isPunctuation("[") { return try parseList() }
        if isPunctuation("{") { return try parseMap() }
        if case .identifier = current.kind { return try parseIdentifier() }
        if isPunctuation(".") { return try parseLeadingDot() }
        return try parseLiteral(negation: negation)
    }

    private mutating func parseParenthesized() throws(SyntaxError) -> SyntaxNode {
        _ = advance()
        let inner = try parseExpression()
        try expect(")")
        return inner
    }

    private mutating func parseLeadingDot() throws(SyntaxError) -> SyntaxNode {
        _ = advance()
        guard case .identifier = current.kind else {
            throw SyntaxError(message: "expected an identifier but found \(describe(current))", span: current.span)
        }
        return try parseIdentifier()
    }

    private mutating func parseLiteral(negation: SourceSpan?) throws(SyntaxError) -> SyntaxNode {
        let token = current
        let negateLiteral = negation != nil
        switch token.kind {
        case .integer(let magnitude):
            _ = advance()
            let limit = negateLiteral ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
            guard magnitude <= limit else {
                throw SyntaxError(message: "integer literal is out of range", span: token.span)
            }
            let value: Int64 = negateLiteral ? (magnitude == limit ? Int64.min : -Int64(magnitude)) : Int64(magnitude)
            return try literal(.int(value), token: token, negation: negation)
        case .double(let value):
            _ = advance()
            return try literal(.double(negateLiteral ? -value : value), token: token, negation: negation)
        case .unsignedInteger(let value):
            _ = advance()
            return try literal(.uint(value), token: token, negation: nil)
        case .string(let value):
            _ = advance()
            return try literal(.string(value), token: token, negation: nil)
        case .bytes(let value):
            _ = advance()
            return try literal(.bytes(value), token: token, negation: nil)
        case .endOfInput:
            throw SyntaxError(message: "expected an expression but found end of input", span: token.span)
        default:
            throw SyntaxError(message: "unexpected \(describe(token))", span: token.span)
        }
    }

    private mutating func literal(_ value: CELValue, token: Token, negation: SourceSpan?) throws(SyntaxError) -> SyntaxNode {
        let span = negation.map { $0.union(token.span) } ?? token.span
        return try makeNode(.literal(value), span: span, anchor: span)
    }

    private mutating func parseIdentifier() throws(SyntaxError) -> SyntaxNode {
        let token = advance()
        guard case .identifier(let name) = token.kind else { throw SyntaxError(message: "expected an identifier", span: token.span) }
        if let simple = try simpleIdentifier(name, token: token) { return simple }
        let (arguments, close) = try parseArguments()
        return try makeGlobalCall(name, token: token, arguments: arguments, close: close)
    }

    /// A keyword literal or plain identifier, or nil when a call follows.
    private mutating func simpleIdentifier(_ name: String, token: Token) throws(SyntaxError) -> SyntaxNode? {
        switch name {
        case "true": return try makeNode(.literal(.bool(true)), span: token.span, anchor: token.span)
        case "false": return try makeNode(.literal(.bool(false)), span: token.span, anchor: token.span)
        case "null": return try makeNode(.literal(.null), span: token.span, anchor: token.span)
        case "in": throw SyntaxError(message: "unexpected 'in'", span: token.span)
        default: break
        }
        if Self.reservedWords.contains(name) {
            throw SyntaxError(message: "'\(name)' is a reserved word and cannot be used as an identifier", span: token.span)
        }
        if isPunctuation("{") {
            throw SyntaxError(message: "message construction is not supported", span: current.span)
        }
        guard isPunctuation("(") else {
            return try makeNode(.identifier(name), span: token.span, anchor: token.span)
        }
        return nil
    }

    private mutating func makeGlobalCall(
        _ name: String, token: Token, arguments: [SyntaxNode], close: Token
    ) throws(SyntaxError) -> SyntaxNode {
        let span = token.span.union(close.span)
        if name == "has" {
            guard arguments.count == 1, case .select(let operand, let field) = arguments[0].kind else {
                throw SyntaxError(message: "invalid argument to has() macro: expected a field selection such as has(a.b)", span: span)
            }
            return try makeNode(.presenceTest(operand: operand, field: field), span: span, anchor: arguments[0].anchor)
        }
        return try makeNode(.call(function: name, target: nil, arguments: arguments), span: span, anchor: token.span)
    }

    private mutating func parseList() throws(SyntaxError) -> SyntaxNode {
        let open = try expect("[")
        var elements: [SyntaxNode] = []
        while !isPunctuation("]") {
            elements.append(try parseExpression())
            if consume(",") == nil { break }
        }
        let close = try expect("]")
        return try makeNode(.list(elements), span: open.span.union(close.span), anchor: open.span)
    }

    private mutating func parseMap() throws(SyntaxError) -> SyntaxNode {
        let open = try expect("{")
        var entries: [MapEntryNode] = []
        while !isPunctuation("}") {
            let key = try parseExpression()
            try expect(":")
            let value = try parseExpression()
            entries.append(MapEntryNode(key: key, value: value))
            if consume(",") == nil { break }
        }
        let close = try expect("}")
        return try makeNode(.map(entries), span: open.span.union(close.span), anchor: open.span)
    }
}
