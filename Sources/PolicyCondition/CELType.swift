/// A static type used by the checker.
public indirect enum CELType: Sendable, Equatable {
    /// Any type; checks involving it are deferred to evaluation.
    case dyn
    /// The type of `null`.
    case null
    /// Boolean.
    case bool
    /// Signed 64-bit integer.
    case int
    /// Unsigned 64-bit integer.
    case uint
    /// 64-bit floating point.
    case double
    /// Unicode string.
    case string
    /// Byte sequence.
    case bytes
    /// Point in time.
    case timestamp
    /// Span of time.
    case duration
    /// List whose elements have the given type.
    case list(CELType)
    /// Map with the given key and value types.
    case map(CELType, CELType)
    /// Host-described structured data; at runtime a `CELValue.map` with string keys.
    case object(name: String, fields: [String: CELType])
}

extension CELType: CustomStringConvertible {
    /// The type as written in messages, e.g. "list(int)" or the object's name.
    public var description: String {
        switch self {
        case .dyn: return "dyn"
        case .null: return "null"
        case .bool: return "bool"
        case .int: return "int"
        case .uint: return "uint"
        case .double: return "double"
        case .string: return "string"
        case .bytes: return "bytes"
        case .timestamp: return "timestamp"
        case .duration: return "duration"
        case .list(let element): return "list(\(element))"
        case .map(let key, let value): return "map(\(key), \(value))"
        case .object(let name, _): return name
        }
    }
}
