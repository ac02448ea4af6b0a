import Foundation

/// Infers static types, resolves names and overloads, and collects located problems.
struct TypeChecker {
    private let environment: CELEnvironment
    private var locals: [(name: String, type: CELType)] = []
    /// Problems found so far.
    private(set) var problems: [CELProblem] = []
    /// Literal regex patterns compiled at check time, keyed by the `matches` call node id.
    private(set) var compiledPatterns: [Int: CompiledPattern] = [:]

    /// Creates a checker for the given environment.
    init(environment: CELEnvironment) {
        self.environment = environment
    }

    private mutating func report(_ message: String, at span: SourceSpan) {
        problems.append(CELProblem(message: message, offset: span.offset, length: span.length))
    }

    /// Returns the static type of `node`, recording problems (erroneous parts are typed `dyn`).
    mutating func check(_ node: SyntaxNode) -> CELType {
        // Each case delegates to a helper so this recursive frame stays small (matters in debug builds).
        switch node.kind {
        case .literal(let value): return value.staticType
        case .identifier(let name): return checkIdentifier(name, span: node.span)
        case .select, .presenceTest: return checkSelection(node)
        case .call: return checkCall(node)
        case .list: return checkList(node)
        case .map: return checkMap(node)
        case .comprehension: return checkComprehension(node)
        }
    }

    private mutating func checkSelection(_ node: SyntaxNode) -> CELType {
        switch node.kind {
        case .select(let operand, let field):
            return selectType(check(operand), field: field, fieldSpan: node.anchor)
        case .presenceTest(let operand, let field):
            _ = selectType(check(operand), field: field, fieldSpan: node.anchor)
            return .bool
        default:
            return .dyn
        }
    }

    private mutating func checkList(_ node: SyntaxNode) -> CELType {
        guard case .list(let elements) = node.kind else { return .dyn }
        var elementType: CELType?
        for element in elements { elementType = Self.join(elementType, check(element)) }
        return .list(elementType ?? .dyn)
    }

    private mutating func checkMap(_ node: SyntaxNode) -> CELType {
        guard case .map(let entries) = node.kind else { return .dyn }
        var keyType: CELType?
            var valueType: CELType?
            for entry in entries {
                let key = check(entry.key)
                switch TypeKind(key) {
                case .dyn, .int, .uint, .bool, .string: break
                default: report("unsupported map key type \(key)", at: entry.key.span)
                }
                keyType = Self.join(keyType, key)
                valueType = Self.join(valueType, check(entry.value))
            }
            return .map(keyType ?? .dyn, valueType ?? .dyn)
    }

    /// The common type of two types, or `dyn` when they differ.
    static func join(_ accumulated: CELType?, _ next: CELType) -> CELType {
        guard let accumulated else { return next }
        if accumulated == next { return next }
        if case .list(let left) = accumulated, case .list(let right) = next { return .list(join(left, right)) }
        return .dyn
    }

    private mutating func checkIdentifier(_ name: String, span: SourceSpan) -> CELType {
        if let local = locals.last(where: { $0.name == name }) { return local.type }
        if let type = environment.variables[name] { return type }
        if BuiltinCatalog.typeNames.contains(name) { return .dyn }
        let candidates = Array(environment.variables.keys) + locals.map(\.name)
        report("undeclared reference to '\(name)'\(EditDistance.hint(for: name, among: candidates))", at: span)
        return .dyn
    }

    private mutating func selectType(_ operandType: CELType, field: String, fieldSpan: SourceSpan) -> CELType {
        switch operandType {
        case .dyn:
            return .dyn
        case .object(let name, let fields):
            if let fieldType = fields[field] { return fieldType }
            let hint = EditDistance.hint(for: field, among: Array(fields.keys))
            report("unknown field '\(field)' on \(name)\(hint)", at: fieldSpan)
            return .dyn
        case .map(let key, let value):
            switch TypeKind(key) {
            case .dyn, .string: return value
            default:
                report("cannot select field '\(field)' on \(operandType)", at: fieldSpan)
                return .dyn
            }
        default:
            report("cannot select field '\(field)' on \(operandType)", at: fieldSpan)
            return .dyn
        }
    }

    private mutating func checkComprehension(_ node: SyntaxNode) -> CELType {
        guard case .comprehension(let comprehension) = node.kind else { return .dyn }
        let rangeType = check(comprehension.range)
        let elementType: CELType
        switch rangeType {
        case .list(let element): elementType = element
        case .map(let key, _): elementType = key
        case .object: elementType = .string
        case .dyn: elementType = .dyn
        default:
            report("'\(comprehension.kind.rawValue)' cannot iterate over \(rangeType); expected a list or map", at: node.anchor)
            elementType = .dyn
        }
        locals.append((comprehension.variable, elementType))
        defer { locals.removeLast() }
        if let predicate = comprehension.predicate {
            let predicateType = check(predicate)
            if TypeKind(predicateType) != .bool && TypeKind(predicateType) != .dyn {
                report("the condition of '\(comprehension.kind.rawValue)' must be bool, not \(predicateType)", at: predicate.span)
            }
        }
        switch comprehension.kind {
        case .all, .exists, .existsOne:
            return .bool
        case .filter:
            return .list(elementType)
        case .map:
            return .list(comprehension.transform.map { check($0) } ?? .dyn)
        }
    }

    private static func signatureText(_ types: [CELType]) -> String {
        "(" + types.map(\.description).joined(separator: ", ") + ")"
    }

    private mutating func noMatchingOverload(_ function: String, _ types: [CELType], at span: SourceSpan) -> CELType {
        report("no matching overload for '\(function)' applied to \(Self.signatureText(types))", at: span)
        return .dyn
    }

    /// Whether values of the two types may be compared with `==` (numbers compare across types, null with anything).
    static func areComparable(_ left: CELType, _ right: CELType) -> Bool {
        let leftKind = TypeKind(left)
        let rightKind = TypeKind(right)
        if leftKind == .dyn || rightKind == .dyn || leftKind == .null || rightKind == .null { return true }
        if leftKind.isNumeric && rightKind.isNumeric { return true }
        return leftKind == rightKind
    }

    private mutating func checkCall(_ node: SyntaxNode) -> CELType {
        guard case .call(let function, let target, let arguments) = node.kind else { return .dyn }
        var types: [CELType] = []
        if let target { types.append(check(target)) }
        if target != nil, let macro = ComprehensionKind(rawValue: function),
           environment.function(named: function, receiverStyle: true) == nil {
            // A macro name with the wrong arity (its arguments bind a variable, so they are not checked).
            reportArity(function, expected: macro == .map ? [2, 3] : [2], got: arguments.count, node: node)
            return .dyn
        }
        for argument in arguments { types.append(check(argument)) }
        return resolveCall(node, function: function, target: target, arguments: arguments, types: types)
    }

    private mutating func resolveCall(
        _ node: SyntaxNode, function: String, target: SyntaxNode?, arguments: [SyntaxNode], types: [CELType]
    ) -> CELType {
        switch function {
        case "_&&_", "_||_", "_?_:_":
            let conditions = function == "_?_:_" ? [types[0]] : types
            if !conditions.allSatisfy({ TypeKind($0) == .bool || TypeKind($0) == .dyn }) {
                return noMatchingOverload(function, conditions, at: node.span)
            }
            return function == "_?_:_" ? Self.join(types[1], types[2]) : .bool
        case "_==_", "_!=_":
            if !Self.areComparable(types[0], types[1]) { return noMatchingOverload(function, types, at: node.span) }
            return .bool
        case "@in":
            return checkMembership(types, node: node)
        case "_[_]":
            return checkIndex(types, key: arguments[1], node: node)
        default:
            break
        }
        let receiverStyle = target != nil
        if let hostFunction = environment.function(named: function, receiverStyle: receiverStyle) {
            return checkHostCall(hostFunction, types: types, node: node)
        }
        guard let signatures = BuiltinCatalog.signatures[BuiltinCatalog.key(function, receiverStyle: receiverStyle)] else {
            reportUnknownFunction(function, receiverStyle: receiverStyle, node: node)
            return .dyn
        }
        let kinds = types.map(TypeKind.init)
        let sameArity = signatures.filter { $0.parameters.count == kinds.count }
        if sameArity.isEmpty {
            let offset = receiverStyle ? 1 : 0
            reportArity(function, expected: signatures.map { $0.parameters.count - offset }, got: kinds.count - offset, node: node)
            return .dyn
        }
        let matching = sameArity.filter { $0.accepts(kinds) }
        guard !matching.isEmpty else { return noMatchingOverload(function, types, at: node.span) }
        validateLiteralArguments(function, target: target, arguments: arguments, node: node)
        let results = matching.map { $0.result(types) }
        return results.dropFirst().allSatisfy { $0 == results[0] } ? results[0] : .dyn
    }

    private mutating func checkMembership(_ types: [CELType], node: SyntaxNode) -> CELType {
        switch types[1] {
        case .dyn:
            return .bool
        case .list(let element):
            if Self.areComparable(types[0], element) { return .bool }
        case .map(let key, _):
            if Self.areComparable(types[0], key) { return .bool }
        case .object:
            if Self.areComparable(types[0], .string) { return .bool }
        default:
            break
        }
        return noMatchingOverload("@in", types, at: node.span)
    }

    private mutating func checkIndex(_ types: [CELType], key: SyntaxNode, node: SyntaxNode) -> CELType {
        let keyKind = TypeKind(types[1])
        switch types[0] {
        case .dyn:
            return .dyn
        case .list(let element):
            if [.int, .uint, .double, .dyn].contains(keyKind) { return element }
        case .map(let keyType, let value):
            if Self.areComparable(types[1], keyType) { return value }
        case .object(_, let fields):
            if case .literal(.string(let name)) = key.kind { return fields[name] ?? .dyn }
            if keyKind == .string || keyKind == .dyn { return .dyn }
        default:
            break
        }
        return noMatchingOverload("_[_]", types, at: node.span)
    }

    private mutating func checkHostCall(_ function: CELFunction, types: [CELType], node: SyntaxNode) -> CELType {
        let sameArity = function.overloads.filter { $0.parameters.count == types.count }
        if sameArity.isEmpty {
            let offset = function.receiverStyle ? 1 : 0
            reportArity(function.name, expected: function.overloads.map { $0.parameters.count - offset },
                        got: types.count - offset, node: node)
            return .dyn
        }
        let matching = sameArity.filter { overload in
            zip(types, overload.parameters).allSatisfy { Self.isAssignable($0, to: $1) }
        }
        guard let first = matching.first else { return noMatchingOverload(function.name, types, at: node.span) }
        return matching.dropFirst().allSatisfy { $0.result == first.result } ? first.result : .dyn
    }

    /// Whether a value of static type `actual` may be passed where `expected` is declared.
    static func isAssignable(_ actual: CELType, to expected: CELType) -> Bool {
        switch (actual, expected) {
        case (.dyn, _), (_, .dyn): return true
        case (.list(let left), .list(let right)): return isAssignable(left, to: right)
        case (.map(let leftKey, let leftValue), .map(let rightKey, let rightValue)):
            return isAssignable(leftKey, to: rightKey) && isAssignable(leftValue, to: rightValue)
        case (.object, .map(let key, _)): return isAssignable(.string, to: key)
        case (.map(let key, _), .object): return isAssignable(key, to: .string)
        case (.object(let left, _), .object(let right, _)): return left == right
        default: return actual == expected
        }
    }

    private mutating func reportArity(_ function: String, expected: [Int], got: Int, node: SyntaxNode) {
        let counts = Array(Set(expected)).sorted().map(String.init)
        let expectedText = counts.count <= 1 ? (counts.first ?? "0") : counts.dropLast().joined(separator: ", ") + " or " + (counts.last ?? "")
        report("wrong number of arguments to '\(function)': expected \(expectedText), got \(got)", at: node.anchor)
    }

    private mutating func reportUnknownFunction(_ function: String, receiverStyle: Bool, node: SyntaxNode) {
        let otherStyleExists = BuiltinCatalog.signatures[BuiltinCatalog.key(function, receiverStyle: !receiverStyle)] != nil
            || environment.function(named: function, receiverStyle: !receiverStyle) != nil
        if otherStyleExists {
            let message = receiverStyle
                ? "'\(function)' is not a method; call it as \(function)(...)"
                : "'\(function)' is a method; call it as x.\(function)(...)"
            report(message, at: node.anchor)
            return
        }
        let candidates = BuiltinCatalog.functionNames + environment.functions.map(\.name)
        report("unknown function '\(function)'\(EditDistance.hint(for: function, among: candidates))", at: node.anchor)
    }

    /// Parses literal arguments of `matches`, `timestamp`, `duration` and `date` now, so mistakes are located.
    private mutating func validateLiteralArguments(_ function: String, target: SyntaxNode?, arguments: [SyntaxNode], node: SyntaxNode) {
        switch function {
        case "matches":
            let patternNode = target == nil ? arguments.dropFirst().first : arguments.first
            guard let patternNode, case .literal(.string(let pattern)) = patternNode.kind else { return }
            if let compiled = CompiledPattern(pattern) {
                compiledPatterns[node.id] = compiled
            } else {
                report("invalid regular expression \"\(pattern)\"", at: patternNode.span)
            }
        case "timestamp", "duration", "date":
            guard target == nil, let argument = arguments.first, case .literal(.string(let text)) = argument.kind else { return }
            let isValid: Bool
            switch function {
            case "timestamp": isValid = TimestampText.parse(text) != nil
            case "duration": isValid = DurationText.parse(text) != nil
            default: isValid = TimestampText.parseDate(text) != nil
            }
            if !isValid { report("invalid \(function) \"\(text)\"", at: argument.span) }
        default:
            return
        }
    }
}
