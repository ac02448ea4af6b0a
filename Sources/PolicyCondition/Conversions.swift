import Foundation

/// The type conversion functions `int`, `uint`, `double`, `string`, `bool`, `bytes`, `timestamp`, `duration`, `date`.
enum Conversions {
    /// Converts `value` with the named conversion; nil when no overload applies.
    static func convert(_ value: CELValue, to function: String) throws(CELEvaluationError) -> CELValue? {
        switch function {
        case "int": return try toInt(value)
        case "uint": return try toUInt(value)
        case "double": return try toDouble(value)
        case "string": return try toString(value)
        case "bool": return try toBool(value)
        case "bytes":
            switch value {
            case .bytes: return value
            case .string(let text): return .bytes(Array(text.utf8))
            default: return nil
            }
        default: return nil
        }
    }

    private static func toInt(_ value: CELValue) throws(CELEvaluationError) -> CELValue? {
        switch value {
        case .int: return value
        case .uint(let number):
            guard let converted = Int64(exactly: number) else { throw CELEvaluationError("integer overflow converting \(value) to int") }
            return .int(converted)
        case .double(let number):
            guard number.isFinite, number > -9_223_372_036_854_775_809.0, number < 9_223_372_036_854_775_808.0 else {
                throw CELEvaluationError("double \(ValueFormatting.format(number)) is out of range for int")
            }
            return .int(Int64(number.rounded(.towardZero)))
        case .string(let text):
            guard let converted = Int64(text) else { throw CELEvaluationError("cannot convert string \"\(text)\" to int") }
            return .int(converted)
        case .timestamp(let date):
            guard let (seconds, _) = TimestampText.epochComponents(date) else { throw CELEvaluationError("timestamp out of range") }
            return .int(seconds)
        default: return nil
        }
    }

    private static func toUInt(_ value: CELValue) throws(CELEvaluationError) -> CELValue? {
        switch value {
        case .uint: return value
        case .int(let number):
            guard let converted = UInt64(exactly: number) else { throw CELEvaluationError("integer overflow converting \(value) to uint") }
            return .uint(converted)
        case .double(let number):
            guard number.isFinite, number > -1, number < 18_446_744_073_709_551_616.0 else {
                throw CELEvaluationError("double \(ValueFormatting.format(number)) is out of range for uint")
            }
            return .uint(UInt64(number.rounded(.towardZero)))
        case .string(let text):
            guard let converted = UInt64(text) else { throw CELEvaluationError("cannot convert string \"\(text)\" to uint") }
            return .uint(converted)
        default: return nil
        }
    }

    private static func toDouble(_ value: CELValue) throws(CELEvaluationError) -> CELValue? {
        switch value {
        case .double: return value
        case .int(let number): return .double(Double(number))
        case .uint(let number): return .double(Double(number))
        case .string(let text):
            guard let converted = Double(text) else { throw CELEvaluationError("cannot convert string \"\(text)\" to double") }
            return .double(converted)
        default: return nil
        }
    }

    private static func toString(_ value: CELValue) throws(CELEvaluationError) -> CELValue? {
        switch value {
        case .string: return value
        case .int(let number): return .string(String(number))
        case .uint(let number): return .string(String(number))
        case .double(let number): return .string(ValueFormatting.format(number))
        case .bool(let flag): return .string(flag ? "true" : "false")
        case .bytes(let bytes):
            return .string(try decodeUTF8(bytes))
        case .timestamp(let date):
            guard TimestampText.epochComponents(date) != nil else { throw CELEvaluationError("timestamp out of range") }
            return .string(TimestampText.format(date))
        case .duration(let seconds):
            guard DurationText.isInRange(seconds) else { throw CELEvaluationError("duration out of range") }
            return .string(DurationText.format(seconds))
        default: return nil
        }
    }

    private static func decodeUTF8(_ bytes: [UInt8]) throws(CELEvaluationError) -> String {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error: throw CELEvaluationError("bytes are not valid UTF-8")
            }
        }
    }

    private static func toBool(_ value: CELValue) throws(CELEvaluationError) -> CELValue? {
        switch value {
        case .bool: return value
        case .string(let text):
            switch text {
            case "1", "t", "T", "true", "TRUE", "True": return .bool(true)
            case "0", "f", "F", "false", "FALSE", "False": return .bool(false)
            default: throw CELEvaluationError("cannot convert string \"\(text)\" to bool")
            }
        default: return nil
        }
    }

    /// Builds a timestamp or duration with `timestamp()`, `duration()` or the `date()` extension; nil when no overload applies.
    static func makeTime(_ function: String, from value: CELValue) throws(CELEvaluationError) -> CELValue? {
        switch (function, value) {
        case ("timestamp", .timestamp), ("duration", .duration):
            return value
        case ("timestamp", .string(let text)):
            guard let date = TimestampText.parse(text) else { throw CELEvaluationError("invalid timestamp \"\(text)\"") }
            return .timestamp(date)
        case ("timestamp", .int(let seconds)):
            guard CalendarMath.isInRange(Double(seconds)) else { throw CELEvaluationError("timestamp out of range") }
            return .timestamp(Date(timeIntervalSince1970: Double(seconds)))
        case ("date", .string(let text)):
            guard let date = TimestampText.parseDate(text) else { throw CELEvaluationError("invalid date \"\(text)\"") }
            return .timestamp(date)
        case ("duration", .string(let text)):
            guard let seconds = DurationText.parse(text) else { throw CELEvaluationError("invalid duration \"\(text)\"") }
            return .duration(seconds)
        default:
            return nil
        }
    }
}
