import Foundation

/// A CEL value.
public enum CELValue: Sendable, Equatable, Hashable {
    /// The null value.
    case null
    /// A boolean.
    case bool(Bool)
    /// A signed 64-bit integer.
    case int(Int64)
    /// An unsigned 64-bit integer.
    case uint(UInt64)
    /// A 64-bit IEEE floating point number.
    case double(Double)
    /// A Unicode string.
    case string(String)
    /// A byte sequence.
    case bytes([UInt8])
    /// An ordered list of values.
    case list([CELValue])
    /// A map; structured host objects are also represented as maps with string keys.
    case map(CELMap)
    /// A point in time (held as a `Date`, so precision is about a microsecond).
    case timestamp(Date)
    /// A signed span of time in seconds.
    case duration(Double)
    /// A type value such as the result of `type(1)` (`int`).
    case type(String)

    /// The short type name used in error messages, e.g. "int", "list", "timestamp".
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "bool"
        case .int: return "int"
        case .uint: return "uint"
        case .double: return "double"
        case .string: return "string"
        case .bytes: return "bytes"
        case .list: return "list"
        case .map: return "map"
        case .timestamp: return "timestamp"
        case .duration: return "duration"
        case .type: return "type"
        }
    }

    /// The CEL type name returned by `type(x)`, e.g. "int" or "google.protobuf.Timestamp".
    var celTypeName: String {
        switch self {
        case .null: return "null_type"
        case .timestamp: return "google.protobuf.Timestamp"
        case .duration: return "google.protobuf.Duration"
        default: return typeName
        }
    }

    /// The static type of this value (element types of collections are not inspected).
    var staticType: CELType {
        switch self {
        case .null: return .null
        case .bool: return .bool
        case .int: return .int
        case .uint: return .uint
        case .double: return .double
        case .string: return .string
        case .bytes: return .bytes
        case .list: return .list(.dyn)
        case .map: return .map(.dyn, .dyn)
        case .timestamp: return .timestamp
        case .duration: return .duration
        case .type: return .dyn
        }
    }
}

extension CELValue: ExpressibleByBooleanLiteral {
    /// Creates a `.bool` value from a literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension CELValue: ExpressibleByIntegerLiteral {
    /// Creates an `.int` value from a literal.
    public init(integerLiteral value: Int64) { self = .int(value) }
}

extension CELValue: ExpressibleByFloatLiteral {
    /// Creates a `.double` value from a literal.
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension CELValue: ExpressibleByStringLiteral {
    /// Creates a `.string` value from a literal.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension CELValue: ExpressibleByArrayLiteral {
    /// Creates a `.list` value from a literal.
    public init(arrayLiteral elements: CELValue...) { self = .list(elements) }
}

extension CELValue: ExpressibleByDictionaryLiteral {
    /// Creates a `.map` value from a literal, keeping the written order.
    public init(dictionaryLiteral elements: (CELValue, CELValue)...) { self = .map(CELMap(elements)) }
}

extension CELValue: CustomStringConvertible {
    /// A compact CEL-like rendering of the value, used in messages.
    public var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .uint(let value): return "\(value)u"
        case .double(let value): return ValueFormatting.format(value)
        case .string(let value): return value
        case .bytes(let value): return "b\"" + value.map { String(format: "\\x%02x", $0) }.joined() + "\""
        case .list(let elements): return "[" + elements.map(\.quotedDescription).joined(separator: ", ") + "]"
        case .map(let map):
            return "{" + map.entries.map { "\($0.key.quotedDescription): \($0.value.quotedDescription)" }
                .joined(separator: ", ") + "}"
        case .timestamp(let date): return TimestampText.format(date)
        case .duration(let seconds): return DurationText.format(seconds)
        case .type(let name): return name
        }
    }

    /// Like `description`, but strings are quoted (used inside collections).
    var quotedDescription: String {
        if case .string(let value) = self { return "\"" + value + "\"" }
        return description
    }
}
