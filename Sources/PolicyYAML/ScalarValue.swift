/// The typed value of a scalar, resolved by the YAML 1.2 core schema (so `yes` and `no` stay strings).
public enum ScalarValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)

    /// The name of the type, as messages say it.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .int: return "integer"
        case .float: return "number"
        case .string: return "string"
        }
    }

    /// Resolves a plain, untagged scalar by the core schema.
    public static func resolvePlain(_ text: String) -> ScalarValue {
        // Most plain scalars are words: only these first bytes can start a null, a boolean or a number.
        guard let first = text.utf8.first else { return .null }
        guard isDigit(first) || mayStartSpecialValue(first) else { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        if let number = resolveNumber(text) { return number }
        return .string(text)
    }

    /// Resolves `text` as a core-schema integer or float, or nil.
    static func resolveNumber(_ text: String) -> ScalarValue? {
        let scalars = Array(text.utf8)
        guard let first = scalars.first else { return nil }
        if scalars.count > 2, scalars[0] == UInt8(ascii: "0") {
            let body = String(decoding: scalars[2...], as: UTF8.self)
            if scalars[1] == UInt8(ascii: "x"), scalars[2...].allSatisfy(isHexDigit) {
                return Int(body, radix: 16).map { .int($0) } ?? Double("0x" + body).map { .float($0) }
            }
            if scalars[1] == UInt8(ascii: "o"), scalars[2...].allSatisfy({ $0 >= 0x30 && $0 <= 0x37 }) {
                return Int(body, radix: 8).map { .int($0) }
            }
        }
        var index = 0
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { index = 1 }
        let digitsStart = index
        while index < scalars.count, isDigit(scalars[index]) { index += 1 }
        let integerDigits = index - digitsStart
        if index == scalars.count {
            guard integerDigits > 0 else { return nil }
            if let value = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) { return .int(value) }
            return Double(text).map { .float($0) }
        }
        var fractionDigits = 0
        if scalars[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < scalars.count, isDigit(scalars[index]) { index += 1 }
            fractionDigits = index - fractionStart
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        if index < scalars.count, scalars[index] == UInt8(ascii: "e") || scalars[index] == UInt8(ascii: "E") {
            index += 1
            if index < scalars.count, scalars[index] == UInt8(ascii: "-") || scalars[index] == UInt8(ascii: "+") { index += 1 }
            let exponentStart = index
            while index < scalars.count, isDigit(scalars[index]) { index += 1 }
            guard index > exponentStart else { return nil }
        }
        guard index == scalars.count else { return nil }
        return Double(text).map { .float($0) }
    }

    /// Whether `byte` can start a core-schema null, boolean or number other than with a digit.
    private static func mayStartSpecialValue(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }
}
