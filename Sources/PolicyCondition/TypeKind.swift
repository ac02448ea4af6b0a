/// The coarse kind of a static type, used to match built-in overloads.
enum TypeKind: Sendable, Equatable {
    case dyn, null, bool, int, uint, double, string, bytes, timestamp, duration, list, map

    /// The kind of a static type; objects are maps at runtime.
    init(_ type: CELType) {
        switch type {
        case .dyn: self = .dyn
        case .null: self = .null
        case .bool: self = .bool
        case .int: self = .int
        case .uint: self = .uint
        case .double: self = .double
        case .string: self = .string
        case .bytes: self = .bytes
        case .timestamp: self = .timestamp
        case .duration: self = .duration
        case .list: self = .list
        case .map, .object: self = .map
        }
    }

    /// The kind of a runtime value (type values count as dyn).
    init(_ value: CELValue) {
        switch value {
        case .null: self = .null
        case .bool: self = .bool
        case .int: self = .int
        case .uint: self = .uint
        case .double: self = .double
        case .string: self = .string
        case .bytes: self = .bytes
        case .list: self = .list
        case .map: self = .map
        case .timestamp: self = .timestamp
        case .duration: self = .duration
        case .type: self = .dyn
        }
    }

    /// Whether the kind is int, uint or double.
    var isNumeric: Bool { self == .int || self == .uint || self == .double }
}
