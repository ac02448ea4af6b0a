/// The type of a field in a data format (policy, rulebook or config), with its value constraints.
public indirect enum FieldType: Sendable {
    /// A short string, optionally matching a regular expression.
    case string(pattern: String? = nil)
    /// Free prose that prose rules read.
    case text
    /// A whole number within optional bounds.
    case integer(minimum: Int? = nil, maximum: Int? = nil)
    /// A number within optional bounds.
    case number(minimum: Double? = nil, maximum: Double? = nil)
    /// A share between 0 and 1, such as 0.25 for a quarter.
    case fraction
    /// A percentage between 0 and 100.
    case percent
    /// An amount of money in the policy's currency, zero or more.
    case money
    /// `true` or `false`.
    case boolean
    /// A calendar date written `YYYY-MM-DD`.
    case date
    /// One of a closed set of words.
    case enumeration([String])
    /// A sequence of values of one type.
    case list(FieldType)
    /// A mapping with known keys.
    case object([Field])
    /// A mapping whose keys are the writer's own names, each value of one type.
    case dictionary(FieldType)
    /// A value of the first type that fits.
    case oneOf([FieldType])

    /// The words a message uses for the type, such as `a number from 0 to 1`. A short string and free prose are
    /// both `a string`, as a list of either is `a list of strings`: to the writer they are the same kind of value.
    public var phrase: String {
        switch self {
        case .string(let pattern): return pattern.map(Self.describe) ?? "a string"
        case .text: return "a string"
        case .integer(let minimum, let maximum): return "a whole number" + Self.bounds(minimum.map(Double.init), maximum.map(Double.init))
        case .number(let minimum, let maximum): return "a number" + Self.bounds(minimum, maximum)
        case .fraction: return "a share from 0 to 1 (such as 0.25)"
        case .percent: return "a percentage from 0 to 100"
        case .money: return "an amount of money (a number, 0 or more)"
        case .boolean: return "true or false"
        case .date: return "a date written YYYY-MM-DD"
        case .enumeration(let words): return "one of " + words.joined(separator: ", ")
        case .list(let item): return "a list of \(item.plural)"
        case .object: return "a mapping"
        case .dictionary(let value): return "a mapping of names to \(value.plural)"
        case .oneOf(let types): return types.map(\.phrase).joined(separator: " or ")
        }
    }

    /// The plural noun for items of this type, used inside list phrases.
    var plural: String {
        switch self {
        case .string, .text: return "strings"
        case .integer: return "whole numbers"
        case .number, .money, .fraction, .percent: return "numbers"
        case .boolean: return "booleans"
        case .date: return "dates"
        case .enumeration(let words): return "words from: " + words.joined(separator: ", ")
        case .list: return "lists"
        case .object, .dictionary: return "mappings"
        case .oneOf: return "values"
        }
    }

    /// The fields, if this is an object type.
    public var fields: [Field]? {
        if case .object(let fields) = self { return fields }
        return nil
    }

    /// Known patterns in words; others are shown as the regular expression.
    private static func describe(_ pattern: String) -> String {
        switch pattern {
        case "^[a-z0-9][a-z0-9-]*$": return "lower-case letters, digits and dashes (such as community-fund-2027)"
        case "^[a-z][a-z0-9-]*$": return "lower-case letters, digits and dashes, starting with a letter (such as short-window)"
        case "^[A-Z]{3}$": return "a three-letter currency code (such as GBP)"
        case "^[A-Za-z]{2,3}(-[A-Za-z0-9]+)*$": return "a language code (such as en, cy, pa or zh-Hant)"
        default: return "a string matching \(pattern)"
        }
    }

    private static func bounds(_ minimum: Double?, _ maximum: Double?) -> String {
        switch (minimum, maximum) {
        case let (low?, high?): return " from \(NumberText.plain(low)) to \(NumberText.plain(high))"
        case let (low?, nil): return " of \(NumberText.plain(low)) or more"
        case let (nil, high?): return " of \(NumberText.plain(high)) or less"
        default: return ""
        }
    }
}
