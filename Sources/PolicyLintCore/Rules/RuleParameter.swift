import PolicyCondition

/// A named threshold a rulebook declares and rules read as `params.NAME`.
public struct RuleParameter: Sendable {
    /// Its name.
    public let name: String
    /// Its type name, from `RulebookFormat.parameterTypes`.
    public let type: String
    /// Its value unless a config overrides it.
    public let defaultValue: CELValue
    /// What it means and where the default comes from.
    public let summary: String
    /// The smallest value allowed, for `integer` and `number` parameters.
    public let minimum: Double?
    /// The largest value allowed, for `integer` and `number` parameters.
    public let maximum: Double?
    /// Another parameter of the same rulebook whose value this one may not exceed (`at_most`), such as a "very short"
    /// threshold that must stay within the "short" one.
    public let atMost: String?
    /// Where the rulebook declares it, when loaded from a file.
    public var location: Location?

    /// Creates a parameter.
    public init(name: String, type: String, defaultValue: CELValue, summary: String, minimum: Double? = nil, maximum: Double? = nil,
                atMost: String? = nil) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.summary = summary
        self.minimum = minimum
        self.maximum = maximum
        self.atMost = atMost
    }

    /// The types whose parameters may be ordered with `at_most`: numbers of every kind.
    public static let orderedTypes: Set<String> = ["integer", "number", "money", "fraction", "percent"]

    /// A number value as a `Double`, or nil for any other value.
    public static func number(_ value: CELValue) -> Double? {
        switch value {
        case .int(let number): return Double(number)
        case .uint(let number): return Double(number)
        case .double(let number): return number
        default: return nil
        }
    }

    /// The type conditions see.
    public var celType: CELType {
        switch type {
        case "integer": return .int
        case "boolean": return .bool
        case "string": return .string
        case "date": return .timestamp
        default: return .double
        }
    }

    /// The format type a value must have.
    public var fieldType: FieldType {
        switch type {
        case "integer": return .integer(minimum: minimum.map { Int($0.rounded(.up)) }, maximum: maximum.map { Int($0.rounded(.down)) })
        case "number": return .number(minimum: minimum, maximum: maximum)
        case "money": return .money
        case "fraction": return .fraction
        case "percent": return .percent
        case "boolean": return .boolean
        case "date": return .date
        default: return .string()
        }
    }
}
