import PolicyCondition

/// Everything a run needs for the files one config governs: the engine, the fail threshold and the waivers.
public struct RunPlan: Sendable {
    /// The config the plan came from.
    public let config: Config
    /// The rulebooks loaded.
    public let builder: RuleSetBuilder
    /// The compiled rules with selection, severities and parameters applied.
    public let engine: RuleEngine
    /// The lowest severity that fails the run.
    public let failOn: Severity
    /// The waivers files read, in the order named (the config's, then the command line's).
    public let waiversFiles: [WaiversFileReading]
    /// Waivers from waivers files.
    public let waivers: [Waiver]

    /// Builds the plan for a config and the command line's overrides; every problem is a located input error.
    public init(config: Config, overrides: RunOverrides) throws(InputErrors) {
        try self.init(reading: ConfigReading(config: config), overrides: overrides)
    }

    /// Builds the plan for a config as read and the command line's overrides, or throws every problem found: those met
    /// reading the config, then those of its rulebooks, rule settings, parameters and waivers files (each waivers file's
    /// format problems and unknown rules together), in file order.
    ///
    /// A rule or parameter the config names is unknown only when every rulebook that could declare it was read; until
    /// then such names are not judged, since the missing file may declare them.
    public init(reading: ConfigReading, overrides: RunOverrides) throws(InputErrors) {
        let config = reading.config
        var errors = reading.problems
        let builtin = overrides.noBuiltin ? false : (config.builtin ?? true)
        let builder: RuleSetBuilder
        do {
            builder = try RuleSetBuilder(rulebookPaths: config.rulebooks + overrides.rulebooks, includeBuiltIn: builtin)
        } catch {
            // Without the rules, only the waivers files can still be read for problems of their own.
            for path in config.waivers + overrides.waivers { errors += WaiverReader.read(path: path, knownRules: nil).problems }
            throw InputErrors(errors + error.errors).inFileOrder
        }
        let namesAreKnown = reading.findsEveryRulebook
        let allRules = builder.allRules
        let ids = allRules.map(\.id)

        var ignore = overrides.ignore
        var enable: [String] = []
        var severities: [String: Severity] = [:]
        var lastSetting: [String: Config.Located<(pattern: String, setting: String)>] = [:]
        var order: [String] = []
        for setting in config.rules {
            if lastSetting[setting.value.pattern] == nil { order.append(setting.value.pattern) }
            lastSetting[setting.value.pattern] = setting
        }
        for pattern in order {
            guard let setting = lastSetting[pattern] else { continue }
            let matching = ids.filter { Glob.matches(pattern, $0) }
            if matching.isEmpty {
                guard namesAreKnown else { continue }
                errors.append(InputError(id: "unknown-rule", message: "no rule matches '\(pattern)'\(Suggestion.ruleHint(for: pattern, in: ids)); `policylint rules` lists them",
                                         location: setting.location))
                continue
            }
            switch setting.value.setting {
            case "off":
                // The command line wins: a rule `--select` names runs even where the config switches it off.
                let selected = overrides.select ?? []
                ignore += matching.filter { id in !selected.contains { Glob.matches($0, id) } }
            case "on": enable.append(pattern)
            default:
                enable.append(pattern)
                if let severity = Severity(rawValue: setting.value.setting) { for id in matching { severities[id] = severity } }
            }
        }

        let declared = builder.rulebooks.reduce(into: [String: RuleParameter]()) { $0.merge($1.parameters) { _, new in new } }
        var parameterValues: [String: CELValue] = [:]
        for (name, setting) in config.parameters.sorted(by: { $0.key < $1.key }) {
            guard let parameter = declared[name] else {
                guard namesAreKnown else { continue }
                errors.append(InputError(id: "unknown-parameter", message: "no rulebook declares parameter '\(name)'\(Suggestion.hint(for: name, in: Array(declared.keys)))",
                                         location: setting.location))
                continue
            }
            let (value, issues) = FormatValidator(unknownKeySeverity: .error).validate(setting.value, as: parameter.fieldType)
            if let value, issues.isEmpty {
                parameterValues[name] = value
            } else {
                // A value the config's format already found of the wrong type for any parameter (a list, `.inf`) is
                // one problem, not two: said as what this parameter takes, rather than as what any parameter may be.
                let location = setting.valueLocation ?? setting.location
                errors.removeAll { $0.id == "wrong-type" && $0.location == location }
                errors.append(InputError(id: "invalid-value", message: "parameter '\(name)' must be \(parameter.fieldType.phrase)",
                                         location: location).documented(as: .config))
            }
        }

        errors += Self.orderProblems(declared: declared, values: parameterValues, config: config)

        // Every problem of every waivers file, an unknown rule among them, whatever else is wrong with it.
        let waiversFiles = (config.waivers + overrides.waivers).map { WaiverReader.read(path: $0, knownRules: namesAreKnown ? ids : nil) }
        errors += waiversFiles.flatMap(\.problems)
        let selection = RuleSelection(select: overrides.select, ignore: ignore, severities: severities,
                                      preview: overrides.preview || (config.preview ?? false), enable: enable)
        let engine: RuleEngine
        do {
            engine = try builder.engine(selection: selection, parameterOverrides: parameterValues)
        } catch {
            throw InputErrors(errors + (namesAreKnown ? error.errors : [])).inFileOrder
        }
        if !errors.isEmpty { throw InputErrors(errors).inFileOrder }
        self.config = config
        self.builder = builder
        self.engine = engine
        self.failOn = overrides.failOn ?? config.failOn ?? .error
        self.waiversFiles = waiversFiles
        self.waivers = waiversFiles.flatMap(\.waivers)
    }

    /// A parameter a config sets above the parameter its rulebook says it may not exceed (`at_most`), or one a config
    /// sets below the value of a parameter that may not exceed it: an `invalid-value` error at the config's entry (the
    /// first parameter's when the config sets both), so a config cannot make a "very short" window longer than a short one.
    private static func orderProblems(declared: [String: RuleParameter], values: [String: CELValue], config: Config) -> [InputError] {
        var errors: [InputError] = []
        for (name, parameter) in declared.sorted(by: { $0.key < $1.key }) {
            // A value the config sets wrongly is reported as that, and not compared as if the default held.
            guard let other = parameter.atMost, let limit = declared[other], values[name] != nil || values[other] != nil,
                  (config.parameters[name] == nil) == (values[name] == nil), (config.parameters[other] == nil) == (values[other] == nil),
                  let value = RuleParameter.number(values[name] ?? parameter.defaultValue),
                  let most = RuleParameter.number(values[other] ?? limit.defaultValue), value > most,
                  let setting = values[name] != nil ? config.parameters[name] : config.parameters[other] else { continue }
            func described(_ parameter: String, _ number: Double) -> String {
                "'\(parameter)' (\(NumberText.plain(number))\(values[parameter] == nil ? ", its default" : ""))"
            }
            errors.append(InputError(id: "invalid-value",
                                     message: "parameter \(described(name, value)) may not be above \(described(other, most)), as its rulebook says (at_most)",
                                     location: setting.valueLocation ?? setting.location).documented(as: .config))
        }
        return errors
    }
}
