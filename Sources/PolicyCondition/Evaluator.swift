/// Walks a checked syntax tree and computes its value; never traps.
struct Evaluator {
    /// Recursion limit; the parser already bounds tree height below this.
    static let maximumDepth = Parser.maximumTreeHeight + 20

    private let bindings: [String: CELValue]
    private let environment: CELEnvironment
    private let compiledPatterns: [Int: CompiledPattern]
    private var locals: [(name: String, value: CELValue)] = []
    private var depth = 0

    /// Creates an evaluator for one evaluation.
    init(bindings: [String: CELValue], environment: CELEnvironment, compiledPatterns: [Int: CompiledPattern]) {
        self.bindings = bindings
        self.environment = environment
        self.compiledPatterns = compiledPatterns
    }

    /// Evaluates `node`.
    mutating func evaluate(_ node: SyntaxNode) throws(CELEvaluationError) -> CELValue {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth { throw CELEvaluationError("expression is nested too deeply") }
        // Each case delegates to a helper so this recursive frame stays small (matters in debug builds).
        switch node.kind {
        case .literal(let value): return value
        case .identifier(let name): return try lookUp(name)
        case .select: return try evaluateSelect(node)
        case .presenceTest: return try testPresence(node)
        case .call: return try call(node)
        case .list: return try evaluateList(node)
        case .map: return try evaluateMap(node)
        case .comprehension: return try evaluateComprehension(node)
        }
    }

    private mutating func evaluateSelect(_ node: SyntaxNode) throws(CELEvaluationError) -> CELValue {
        guard case .select(let operand, let field) = node.kind else { throw CELEvaluationError("internal: not a selection") }
        return try select(field, from: try evaluate(operand))
    }

    private mutating func evaluateList(_ node: SyntaxNode) throws(CELEvaluationError) -> CELValue {
        guard case .list(let elements) = node.kind else { throw CELEvaluationError("internal: not a list") }
        var values: [CELValue] = []
        values.reserveCapacity(elements.count)
        for element in elements { values.append(try evaluate(element)) }
        return .list(values)
    }

    private func lookUp(_ name: String) throws(CELEvaluationError) -> CELValue {
        if let local = locals.last(where: { $0.name == name }) { return local.value }
        if let value = bindings[name] { return value }
        if environment.variables[name] == nil, BuiltinCatalog.typeNames.contains(name) { return .type(name) }
        throw CELEvaluationError("no value bound for variable '\(name)'")
    }

    private func select(_ field: String, from value: CELValue) throws(CELEvaluationError) -> CELValue {
        guard case .map(let map) = value else {
            throw CELEvaluationError("cannot select field '\(field)' on \(value.typeName)")
        }
        guard let fieldValue = map[.string(field)] else { throw CELEvaluationError("no such key: \(field)") }
        return fieldValue
    }

    /// `has(a.b.c)`: deliberately lenient, returning false when a variable is unbound or any
    /// intermediate selection is missing or null (strict CEL would raise an error there).
    private mutating func testPresence(_ node: SyntaxNode) throws(CELEvaluationError) -> CELValue {
        guard case .presenceTest(let operand, let field) = node.kind else { throw CELEvaluationError("internal: not has()") }
        guard let container = try evaluateLeniently(operand) else { return .bool(false) }
        switch container {
        case .map(let map): return .bool(map.containsKey(.string(field)))
        case .null: return .bool(false)
        default: throw CELEvaluationError("cannot test field '\(field)' on \(container.typeName)")
        }
    }

    /// Evaluates a selection chain, returning nil where a link is unbound, missing or null.
    private mutating func evaluateLeniently(_ node: SyntaxNode) throws(CELEvaluationError) -> CELValue? {
        switch node.kind {
        case .identifier(let name):
            if locals.contains(where: { $0.name == name }) || bindings[name] != nil { return try lookUp(name) }
            return environment.variables[name] != nil ? nil : try lookUp(name)
        case .select(let operand, let field):
            guard let container = try evaluateLeniently(operand) else { return nil }
            switch container {
            case .null: return nil
            case .map(let map):
                guard let value = map[.string(field)], value != .null else { return nil }
                return value
            default: throw CELEvaluationError("cannot select field '\(field)' on \(container.typeName)")
            }
        default:
            return try evaluate(node)
        }
    }

    private mutating func evaluateMap(_ node: SyntaxNode) throws(CELEvaluationError) -> CELValue {
        guard case .map(let entries) = node.kind else { throw CELEvaluationError("internal: not a map") }
        var pairs: [(CELValue, CELValue)] = []
        var seen = Set<CELValue>()
        for entry in entries {
            let key = try evaluate(entry.key)
            switch key {
            case .int, .uint, .bool, .string: break
            default: throw CELEvaluationError("unsupported map key type: \(key.typeName)")
            }
            if !seen.insert(key).inserted { throw CELEvaluationError("repeated map key: \(key)") }
            pairs.append((key, try evaluate(entry.value)))
        }
        return .map(CELMap(pairs))
    }

    private mutating func call(_ node: SyntaxNode) throws(CELEvaluationError) -> CELValue {
        guard case .call(let function, let target, let arguments) = node.kind else {
            throw CELEvaluationError("internal: not a call")
        }
        switch function {
        case "_&&_", "_||_":
            return try evaluateLogical(absorbing: function == "_||_", arguments[0], arguments[1])
        case "_?_:_":
            return try evaluateConditional(arguments)
        default:
            let values = try evaluateArguments(target: target, arguments: arguments)
            if let hostFunction = environment.function(named: function, receiverStyle: target != nil) {
                return try callHost(hostFunction, values)
            }
            return try BuiltinFunctions.invoke(
                function, receiverStyle: target != nil, arguments: values, pattern: compiledPatterns[node.id])
        }
    }

    private mutating func evaluateConditional(_ arguments: [SyntaxNode]) throws(CELEvaluationError) -> CELValue {
        let condition = try evaluate(arguments[0])
        guard case .bool(let flag) = condition else {
            throw BuiltinFunctions.noMatchingOverload("_?_:_", [condition])
        }
        return try evaluate(flag ? arguments[1] : arguments[2])
    }

    private mutating func evaluateArguments(target: SyntaxNode?, arguments: [SyntaxNode]) throws(CELEvaluationError) -> [CELValue] {
        var values: [CELValue] = []
        values.reserveCapacity(arguments.count + 1)
        if let target { values.append(try evaluate(target)) }
        for argument in arguments { values.append(try evaluate(argument)) }
        return values
    }

    /// `&&` (absorbing false) and `||` (absorbing true), commutative over errors as CEL specifies.
    private mutating func evaluateLogical(absorbing: Bool, _ left: SyntaxNode, _ right: SyntaxNode) throws(CELEvaluationError) -> CELValue {
        let function = absorbing ? "_||_" : "_&&_"
        var firstError: CELEvaluationError?
        for operand in [left, right] {
            do throws(CELEvaluationError) {
                let value = try evaluate(operand)
                guard case .bool(let flag) = value else {
                    firstError = firstError ?? BuiltinFunctions.noMatchingOverload(function, [value])
                    continue
                }
                if flag == absorbing { return .bool(absorbing) }
            } catch {
                firstError = firstError ?? error
            }
        }
        if let firstError { throw firstError }
        return .bool(!absorbing)
    }

    private func callHost(_ function: CELFunction, _ values: [CELValue]) throws(CELEvaluationError) -> CELValue {
        let overload = function.overloads.first { overload in
            overload.parameters.count == values.count
                && zip(values, overload.parameters).allSatisfy { Self.value($0, matches: $1) }
        }
        guard let overload else { throw BuiltinFunctions.noMatchingOverload(function.name, values) }
        switch overload.implementation(values) {
        case .value(let value): return value
        case .error(let error): throw error
        }
    }

    /// Whether a runtime value fits a declared parameter type (collection elements are checked shallowly).
    static func value(_ value: CELValue, matches type: CELType) -> Bool {
        switch (value, type) {
        case (_, .dyn), (.null, .null), (.bool, .bool), (.int, .int), (.uint, .uint), (.double, .double),
             (.string, .string), (.bytes, .bytes), (.timestamp, .timestamp), (.duration, .duration),
             (.list, .list), (.map, .map), (.map, .object):
            return true
        default:
            return false
        }
    }

    private mutating func evaluateComprehension(_ node: SyntaxNode) throws(CELEvaluationError) -> CELValue {
        guard case .comprehension(let comprehension) = node.kind else { throw CELEvaluationError("internal: not a macro") }
        let range = try evaluate(comprehension.range)
        let elements: [CELValue]
        switch range {
        case .list(let values): elements = values
        case .map(let map): elements = map.keys
        default: throw BuiltinFunctions.noMatchingOverload(comprehension.kind.rawValue, [range])
        }
        let name = comprehension.kind.rawValue
        var firstError: CELEvaluationError?
        var matchCount = 0
        var results: [CELValue] = []
        for element in elements {
            locals.append((comprehension.variable, element))
            defer { locals.removeLast() }
            var passes = true
            if let predicate = comprehension.predicate {
                let outcome: CELValue
                do throws(CELEvaluationError) {
                    outcome = try evaluate(predicate)
                } catch {
                    if comprehension.kind == .all || comprehension.kind == .exists {
                        firstError = firstError ?? error
                        continue
                    }
                    throw error
                }
                guard case .bool(let flag) = outcome else {
                    let error = BuiltinFunctions.noMatchingOverload(name, [outcome])
                    if comprehension.kind == .all || comprehension.kind == .exists {
                        firstError = firstError ?? error
                        continue
                    }
                    throw error
                }
                passes = flag
            }
            switch comprehension.kind {
            case .all: if !passes { return .bool(false) }
            case .exists: if passes { return .bool(true) }
            case .existsOne: if passes { matchCount += 1 }
            case .filter: if passes { results.append(element) }
            case .map:
                if passes, let transform = comprehension.transform { results.append(try evaluate(transform)) }
            }
        }
        if let firstError { throw firstError }
        switch comprehension.kind {
        case .all: return .bool(true)
        case .exists: return .bool(false)
        case .existsOne: return .bool(matchCount == 1)
        case .filter, .map: return .list(results)
        }
    }
}
