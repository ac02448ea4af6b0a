import PolicyCondition
import PolicyYAML

/// Reads a rulebook file, validates it strictly and compiles its rules once.
public struct RulebookLoader: Sendable {
    /// The principles rules may name.
    public let principles: PrincipleCatalogues

    /// Creates a loader that checks principle ids against `principles`.
    public init(principles: PrincipleCatalogues) {
        self.principles = principles
    }

    /// The source of the built-in rulebook, as embedded in the binary.
    public static var builtInSource: SourceText {
        SourceText(name: "<built-in>/anti-racist-commissioning.yaml", bytes: PackageResources.anti_racist_commissioning_yaml)
    }

    /// The built-in anti-racist commissioning rulebook, shipped inside the binary.
    ///
    /// Its text is fixed when the binary is built and the test suite checks it against the rulebook format
    /// (`load(_:)` on `builtInSource`), so start-up skips that check here. Every rule is still compiled and checked,
    /// except that its patterns' literals come from `KnownPatterns`, which a test keeps in step with the patterns.
    /// Its YAML tree is kept until the process exits: freeing its tens of thousands of nodes one by one would add about
    /// a millisecond to every run's start-up, and the tree is read once per process.
    public func builtIn() throws(InputErrors) -> Rulebook {
        try load(Self.builtInSource, checkingFormat: false, keepingTree: true)
    }

    /// Loads a rulebook from a file path.
    public func load(path: String) throws(InputErrors) -> Rulebook {
        try load(DataFile.source(at: path, kind: .rulebook))
    }

    /// Loads a rulebook from its source; every problem is reported, located, in one error.
    public func load(_ source: SourceText) throws(InputErrors) -> Rulebook {
        try load(source, checkingFormat: true)
    }

    /// Loads a rulebook, checking its shape against the rulebook format first unless `checkingFormat` is false, and
    /// keeping its YAML tree alive until the process exits if `keepingTree`.
    private func load(_ source: SourceText, checkingFormat: Bool, keepingTree: Bool = false) throws(InputErrors) -> Rulebook {
        var formatIssues: [InputError] = []
        let root = checkingFormat
            ? try DataFile.root(source, format: RulebookFormat.root, kind: .rulebook, issues: &formatIssues)
            : try DataFile.validatedRoot(source, format: RulebookFormat.root, kind: .rulebook, checkingFormat: false)
        if keepingTree { ProcessLifetime.keep(root) }
        var errors: [InputError] = []
        let name = DataFile.string(root["rulebook"])
        var parameters: [String: RuleParameter] = [:]
        for pair in root["parameters"]?.mapping ?? [] {
            // A declaration that breaks the format is reported as that; the others are still read, so one bad
            // declaration does not hide another's bad default or bounds.
            let span = pair.value.span
            if formatIssues.contains(where: { issue in
                issue.location.map { span.start.offset <= $0.span.start.offset && $0.span.start.offset < max(span.end.offset, span.start.offset + 1) } ?? false
            }) { continue }
            var parameter = readParameter(pair, source: source, errors: &errors)
            parameter.location = Location(source: source, span: pair.key.span)
            parameters[parameter.name] = parameter
        }
        errors += checkOrder(of: parameters, root: root, source: source)
        // The rules of a rulebook that breaks the format are not read: their errors would mostly repeat its problems.
        if !formatIssues.isEmpty { throw InputErrors(formatIssues + errors).documented(as: .rulebook) }
        let environment = PolicyTypes.environment(parameters: parameters)
        // Each rule is read on its own (compiling its condition and patterns is most of the start-up time), so rules
        // are read on all cores; a duplicate id is an error in place of the second rule, as if read in order.
        var seen: [String: SourceSpan] = [:]
        let nodes = DataFile.list(root["rules"]).map { node -> (YAMLNode, duplicateOf: SourceSpan?) in
            let id = DataFile.string(node["id"])
            if let first = seen[id], node["id"] != nil { return (node, first) }
            seen[id] = node["id"]?.span
            return (node, nil)
        }
        let read = ConcurrentMap.map(nodes) { node, duplicateOf -> (rule: Rule?, errors: [InputError]) in
            var errors: [InputError] = []
            if let duplicateOf, let idNode = node["id"] {
                let id = DataFile.string(idNode)
                errors.append(InputError(id: "duplicate-rule", message: "rule '\(id)' is defined twice; the first is at line \(duplicateOf.start.line)",
                                         source: source, span: idNode.span))
                return (nil, errors)
            }
            let rule = readRule(node, rulebook: name, environment: environment, source: source, errors: &errors)
            return (rule, errors)
        }
        let rules = read.compactMap(\.rule)
        errors += read.flatMap(\.errors)
        if !errors.isEmpty { throw InputErrors(errors).documented(as: .rulebook) }
        return Rulebook(name: name, version: DataFile.string(root["version"]), title: DataFile.string(root["title"]),
                        description: DataFile.string(root["description"]), parameters: parameters, rules: rules, file: source.name)
    }

    private func readParameter(_ pair: YAMLPair, source: SourceText, errors: inout [InputError]) -> RuleParameter {
        let type = DataFile.string(pair.value["type"])
        // A parameter whose declaration is broken is still declared, with no value, so conditions that read it type-check
        // and the one error reported is the declaration's (the load fails on that error anyway).
        let bounds = readBounds(pair, type: type, source: source, errors: &errors)
        let (minimum, maximum) = bounds ?? (nil, nil)
        let probe = RuleParameter(name: pair.keyText, type: type, defaultValue: .null, summary: "", minimum: minimum, maximum: maximum)
        guard let defaultNode = pair.value["default"], bounds != nil else { return probe }
        let (value, issues) = FormatValidator(unknownKeySeverity: .error).validate(defaultNode, as: probe.fieldType)
        guard let value, issues.isEmpty else {
            errors.append(InputError(id: "invalid-value", message: "the default of parameter '\(pair.keyText)' must be \(probe.fieldType.phrase)",
                                     source: source, span: defaultNode.span))
            return probe
        }
        return RuleParameter(name: pair.keyText, type: type, defaultValue: value, summary: DataFile.string(pair.value["summary"]),
                             minimum: minimum, maximum: maximum, atMost: pair.value["at_most"]?.scalar?.text)
    }

    /// The problems of each parameter's `at_most`: naming no parameter of this rulebook, itself, one of another type or
    /// a type that is not a number, or a default above the other's.
    private func checkOrder(of parameters: [String: RuleParameter], root: YAMLNode, source: SourceText) -> [InputError] {
        var errors: [InputError] = []
        for pair in root["parameters"]?.mapping ?? [] {
            guard let parameter = parameters[pair.keyText], let other = parameter.atMost, let node = pair.value["at_most"] else { continue }
            func error(_ message: String, at node: YAMLNode) {
                errors.append(InputError(id: "invalid-value", message: "parameter '\(parameter.name)': \(message)", source: source, span: node.span))
            }
            guard let limit = parameters[other], other != parameter.name else {
                let hint = Suggestion.hint(for: other, in: parameters.keys.filter { $0 != parameter.name })
                error("at_most names '\(other)', which is not another parameter of this rulebook\(hint)", at: node)
                continue
            }
            guard RuleParameter.orderedTypes.contains(parameter.type), limit.type == parameter.type else {
                error("at_most needs two parameters of one number type; '\(parameter.name)' is \(parameter.type) and '\(other)' is \(limit.type)", at: node)
                continue
            }
            if let value = RuleParameter.number(parameter.defaultValue), let most = RuleParameter.number(limit.defaultValue), value > most,
               let defaultNode = pair.value["default"] {
                error("its default (\(NumberText.plain(value))) is above that of '\(other)' (\(NumberText.plain(most))), which at_most says it may not exceed",
                      at: defaultNode)
            }
        }
        return errors
    }

    /// A parameter's `minimum` and `maximum` (each nil when left out), or nil after reporting bounds that are of the
    /// wrong type, on a type that takes none, or the wrong way round.
    private func readBounds(_ pair: YAMLPair, type: String, source: SourceText, errors: inout [InputError]) -> (Double?, Double?)? {
        var bounds: [Double?] = []
        var valid = true
        for key in ["minimum", "maximum"] {
            guard let node = pair.value[key] else {
                bounds.append(nil)
                continue
            }
            guard RulebookFormat.boundedParameterTypes.contains(type) else {
                errors.append(InputError(id: "invalid-value", message: "parameter '\(pair.keyText)' is \(type), which takes no \(key); only integer and number parameters do",
                                         source: source, span: pair.value.pair(key)?.key.span ?? node.span))
                valid = false
                continue
            }
            let own: FieldType = type == "integer" ? .integer() : .number()
            let (value, issues) = FormatValidator(unknownKeySeverity: .error).validate(node, as: own)
            guard issues.isEmpty, let number = value.flatMap(RuleParameter.number) else {
                errors.append(InputError(id: "invalid-value", message: "the \(key) of parameter '\(pair.keyText)' must be \(own.phrase)",
                                         source: source, span: node.span))
                valid = false
                continue
            }
            bounds.append(number)
        }
        guard valid else { return nil }
        if let minimum = bounds[0], let maximum = bounds[1], minimum > maximum, let node = pair.value["maximum"] {
            errors.append(InputError(id: "invalid-value", message: "the maximum of parameter '\(pair.keyText)' (\(NumberText.plain(maximum))) is below its minimum (\(NumberText.plain(minimum)))",
                                     source: source, span: node.span))
            return nil
        }
        return (bounds[0], bounds[1])
    }

    private func readRule(_ node: YAMLNode, rulebook: String, environment: CELEnvironment, source: SourceText, errors: inout [InputError]) -> Rule? {
        let before = errors.count
        let id = DataFile.string(node["id"])
        func error(_ node: YAMLNode?, _ message: String) {
            errors.append(InputError(id: "invalid-rule", message: "rule '\(id)': \(message)", source: source, span: node?.span ?? SourceSpan(at: .start)))
        }
        for principleNode in DataFile.list(node["principles"]) {
            let principle = principleNode.scalar?.text ?? ""
            if self.principles.principle(principle) == nil {
                error(principleNode, "unknown principle '\(principle)'\(Suggestion.hint(for: principle, in: self.principles.all.map(\.id))); `policylint principles` lists them")
            }
        }
        if DataFile.list(node["principles"]).isEmpty { error(node["principles"], "name at least one principle") }
        if DataFile.list(node["alternatives"]).isEmpty { error(node["alternatives"], "give at least one alternative") }
        // At the empty list itself, or at `examples` when the list is left out.
        if DataFile.list(node["examples"]?["fail"]).isEmpty { error(node["examples"]?["fail"] ?? node["examples"], "give at least one failing example") }
        if DataFile.list(node["examples"]?["pass"]).isEmpty { error(node["examples"]?["pass"] ?? node["examples"], "give at least one passing example") }

        let textMatch = node["match"].flatMap { TextMatchLoader(source: source, ruleID: id).load($0, errors: &errors) }
        if node["match"] == nil, node["when"] == nil {
            error(node["id"], "give `when` (a condition on structured fields) or `match` (phrases to find in prose)")
        }
        if node["match"] != nil, let atNode = node["at"] {
            error(atNode, "`at` is for structured rules; a text rule points at the phrase it matched")
        }
        // A text rule's `when` is a guard on the policy's fields: without one it reads the text of every policy.
        let condition = node["match"] != nil && node["when"] == nil ? Self.alwaysTrue
            : compileCondition(node["when"], ruleID: id, environment: environment, source: source, errors: &errors)
        func path(_ atNode: YAMLNode?) -> NodePath? {
            guard let atNode, let text = atNode.scalar?.text else { return nil }
            guard PolicyTypes.field(at: text) != nil, let path = NodePath.parse(text) else {
                error(atNode, "'at' names '\(text)', which the policy format does not have\(pathHint(text))")
                return nil
            }
            return path
        }
        let at = node["match"] == nil ? path(node["at"]) : nil
        var cases: [RuleCase] = []
        if node["match"] != nil, let casesNode = node["cases"] {
            error(casesNode, "`cases` are for structured rules; a text rule points at the phrase it matched")
        } else {
            for caseNode in DataFile.list(node["cases"]) {
                let caseCondition = compileCondition(caseNode["when"], ruleID: id, environment: environment, source: source, errors: &errors)
                var caseFixProblems: [(YAMLNode?, String)] = []
                let caseFix = readFix(caseNode["fix"]) { caseFixProblems.append(($0, $1)) }
                for (problemNode, message) in caseFixProblems { error(problemNode, message) }
                if let caseCondition { cases.append(RuleCase(condition: caseCondition, at: path(caseNode["at"]), fix: caseFix)) }
            }
        }
        let message = compileMessage(node["message"], ruleID: id, environment: node["match"] != nil ? TextMatchLoader.messageEnvironment : environment,
                                     source: source, errors: &errors)
        var fixProblems: [(YAMLNode?, String)] = []
        let fix = readFix(node["fix"]) { fixProblems.append(($0, $1)) }
        for (problemNode, message) in fixProblems { error(problemNode, message) }
        guard errors.count == before, let condition, let message else { return nil }
        var rule = Rule(id: id, title: DataFile.string(node["title"]),
                    severity: Severity(rawValue: DataFile.string(node["severity"])) ?? .error,
                    appliesTo: DataFile.strings(node["applies_to"]), principles: DataFile.strings(node["principles"]),
                    condition: condition, at: at, message: message, why: DataFile.string(node["why"]),
                    alternatives: DataFile.strings(node["alternatives"]), references: DataFile.strings(node["references"]),
                    fix: fix, status: RuleStatus(rawValue: DataFile.string(node["status"])) ?? .stable,
                    since: node["since"]?.scalar?.text, failExamples: DataFile.strings(node["examples"]?["fail"]),
                    passExamples: DataFile.strings(node["examples"]?["pass"]), rulebook: rulebook,
                    definedAt: Location(source: source, span: node["id"]?.span ?? node.span))
        rule.textMatch = textMatch
        rule.cases = cases
        rule.failExampleSpans = DataFile.list(node["examples"]?["fail"]).map(\.span)
        rule.passExampleSpans = DataFile.list(node["examples"]?["pass"]).map(\.span)
        return rule
    }

    /// The condition a text rule without `when` carries: it reads the text of every policy.
    private static let alwaysTrue: CELProgram? = try? CELProgram("true", environment: CELEnvironment(variables: [:]))

    private func compileCondition(_ node: YAMLNode?, ruleID: String, environment: CELEnvironment, source: SourceText, errors: inout [InputError]) -> CELProgram? {
        guard let node, let text = node.scalar?.text else { return nil }
        do {
            let program = try CELProgram(text, environment: environment)
            switch program.resultType {
            case .bool, .dyn: return program
            default:
                errors.append(InputError(id: "invalid-condition", message: "rule '\(ruleID)': the condition must be true or false, but it gives a \(program.resultType)",
                                         source: source, span: node.span))
                return nil
            }
        } catch {
            let locator = ScalarLocator(source: source, node: node)
            for problem in error.problems {
                errors.append(InputError(id: "invalid-condition", message: "rule '\(ruleID)': \(problem.message)",
                                         source: source, span: locator.span(offset: problem.offset, length: max(1, problem.length))))
            }
            return nil
        }
    }

    private func compileMessage(_ node: YAMLNode?, ruleID: String, environment: CELEnvironment, source: SourceText, errors: inout [InputError]) -> MessageTemplate? {
        guard let node, let text = node.scalar?.text else { return nil }
        do {
            return try MessageTemplate(text, environment: environment)
        } catch {
            let locator = ScalarLocator(source: source, node: node)
            errors.append(InputError(id: "invalid-message", message: "rule '\(ruleID)': \(error.message)",
                                     source: source, span: locator.span(offset: error.offset, length: error.length)))
            return nil
        }
    }

    private func readFix(_ node: YAMLNode?, error: (YAMLNode?, String) -> Void) -> Fix? {
        guard let node, let pairs = node["set"]?.mapping else { return nil }
        var assignments: [FixAssignment] = []
        for pair in pairs {
            guard let field = PolicyTypes.field(at: pair.keyText) else {
                error(pair.key, "fix sets '\(pair.keyText)', which the policy format does not have\(pathHint(pair.keyText))")
                continue
            }
            let (_, issues) = FormatValidator(unknownKeySeverity: .error).validate(pair.value, as: field.type)
            if let issue = issues.first { error(pair.value, "fix value for '\(pair.keyText)': \(issue.message)") }
            assignments.append(FixAssignment(path: pair.keyText, value: pair.value.scalar?.text ?? ""))
        }
        return Fix(set: assignments, safety: Fix.Safety(rawValue: DataFile.string(node["safety"])) ?? .displayOnly,
                   description: DataFile.string(node["description"]))
    }

    private func pathHint(_ path: String) -> String {
        Suggestion.closest(to: path, in: PolicyFormatPaths.all).map { " (did you mean '\($0)'?)" } ?? ""
    }
}
