import Foundation

/// Runtime implementations of built-in operators and functions (logical operators and macros live in the evaluator).
enum BuiltinFunctions {
    /// The error for arguments no overload accepts.
    static func noMatchingOverload(_ function: String, _ arguments: [CELValue]) -> CELEvaluationError {
        CELEvaluationError("no matching overload for '\(function)' applied to (\(arguments.map(\.typeName).joined(separator: ", ")))")
    }

    /// Invokes a built-in; `arguments` include the receiver first for method calls.
    static func invoke(
        _ function: String, receiverStyle: Bool, arguments: [CELValue], pattern: CompiledPattern?
    ) throws(CELEvaluationError) -> CELValue {
        let failure = noMatchingOverload(function, arguments)
        switch (function, arguments.count) {
        case ("_+_", 2): return try require(add(arguments[0], arguments[1]), failure)
        case ("_-_", 2): return try require(subtract(arguments[0], arguments[1]), failure)
        case ("_*_", 2): return try require(multiply(arguments[0], arguments[1]), failure)
        case ("_/_", 2): return try require(divide(arguments[0], arguments[1]), failure)
        case ("_%_", 2): return try require(remainder(arguments[0], arguments[1]), failure)
        case ("-_", 1): return try require(negate(arguments[0]), failure)
        case ("!_", 1):
            guard case .bool(let value) = arguments[0] else { throw failure }
            return .bool(!value)
        case ("_==_", 2): return .bool(ValueComparison.equals(arguments[0], arguments[1]))
        case ("_!=_", 2): return .bool(!ValueComparison.equals(arguments[0], arguments[1]))
        case ("_<_", 2), ("_<=_", 2), ("_>_", 2), ("_>=_", 2):
            guard let order = ValueComparison.compare(arguments[0], arguments[1]) else { throw failure }
            guard let order else { return .bool(false) }
            switch function {
            case "_<_": return .bool(order < 0)
            case "_<=_": return .bool(order <= 0)
            case "_>_": return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        case ("@in", 2):
            switch arguments[1] {
            case .list(let elements): return .bool(elements.contains { ValueComparison.equals(arguments[0], $0) })
            case .map(let map): return .bool(map.containsKey(arguments[0]))
            default: throw failure
            }
        case ("_[_]", 2):
            return try require(index(arguments[0], arguments[1]), failure)
        case ("size", 1):
            switch arguments[0] {
            case .string(let text): return .int(Int64(text.unicodeScalars.count))
            case .bytes(let bytes): return .int(Int64(bytes.count))
            case .list(let elements): return .int(Int64(elements.count))
            case .map(let map): return .int(Int64(map.count))
            default: throw failure
            }
        case ("contains", 2), ("startsWith", 2), ("endsWith", 2), ("matches", 2):
            guard receiverStyle || function == "matches",
                  case .string(let text) = arguments[0], case .string(let other) = arguments[1] else { throw failure }
            return try .bool(stringPredicate(function, text, other, pattern: pattern))
        case ("sum", 1):
            guard receiverStyle, case .list(let elements) = arguments[0] else { throw failure }
            return try .double(sum(of: elements, failure))
        case ("lowerAscii", 1), ("upperAscii", 1):
            guard receiverStyle, case .string(let text) = arguments[0] else { throw failure }
            return .string(changeAsciiCase(text, upper: function == "upperAscii"))
        case ("dyn", 1):
            return arguments[0]
        case ("type", 1):
            return .type(arguments[0].celTypeName)
        case ("int", 1), ("uint", 1), ("double", 1), ("string", 1), ("bool", 1), ("bytes", 1):
            return try require(Conversions.convert(arguments[0], to: function), failure)
        case ("timestamp", 1), ("duration", 1), ("date", 1):
            return try require(Conversions.makeTime(function, from: arguments[0]), failure)
        case ("getFullYear", 1), ("getMonth", 1), ("getDate", 1), ("getDayOfMonth", 1), ("getDayOfWeek", 1),
             ("getDayOfYear", 1), ("getHours", 1), ("getMinutes", 1), ("getSeconds", 1), ("getMilliseconds", 1),
             ("inDays", 1):
            guard receiverStyle, let value = try timeAccessor(function, arguments[0]) else { throw failure }
            return .int(value)
        default:
            throw failure
        }
    }

    /// The total of a list of numbers as a double (0 for an empty list); anything but a number is an error.
    private static func sum(of elements: [CELValue], _ failure: CELEvaluationError) throws(CELEvaluationError) -> Double {
        var total = 0.0
        for element in elements {
            switch element {
            case .int(let value): total += Double(value)
            case .uint(let value): total += Double(value)
            case .double(let value): total += value
            default: throw failure
            }
        }
        return total
    }

    private static func require(_ value: CELValue?, _ failure: CELEvaluationError) throws(CELEvaluationError) -> CELValue {
        guard let value else { throw failure }
        return value
    }

    // MARK: - Arithmetic

    private static func checked<T>(_ result: (partialValue: T, overflow: Bool)) throws(CELEvaluationError) -> T {
        if result.overflow { throw CELEvaluationError("integer overflow") }
        return result.partialValue
    }

    private static func checkedDuration(_ seconds: Double) throws(CELEvaluationError) -> CELValue {
        guard DurationText.isInRange(seconds) else { throw CELEvaluationError("duration out of range") }
        return .duration(seconds)
    }

    private static func checkedTimestamp(_ epochSeconds: Double) throws(CELEvaluationError) -> CELValue {
        guard CalendarMath.isInRange(epochSeconds) else { throw CELEvaluationError("timestamp out of range") }
        return .timestamp(Date(timeIntervalSince1970: epochSeconds))
    }

    private static func add(_ left: CELValue, _ right: CELValue) throws(CELEvaluationError) -> CELValue? {
        switch (left, right) {
        case (.int(let a), .int(let b)): return .int(try checked(a.addingReportingOverflow(b)))
        case (.uint(let a), .uint(let b)): return .uint(try checked(a.addingReportingOverflow(b)))
        case (.double(let a), .double(let b)): return .double(a + b)
        case (.string(let a), .string(let b)): return .string(a + b)
        case (.bytes(let a), .bytes(let b)): return .bytes(a + b)
        case (.list(let a), .list(let b)): return .list(a + b)
        case (.timestamp(let a), .duration(let b)), (.duration(let b), .timestamp(let a)):
            return try checkedTimestamp(a.timeIntervalSince1970 + b)
        case (.duration(let a), .duration(let b)): return try checkedDuration(a + b)
        default: return nil
        }
    }

    private static func subtract(_ left: CELValue, _ right: CELValue) throws(CELEvaluationError) -> CELValue? {
        switch (left, right) {
        case (.int(let a), .int(let b)): return .int(try checked(a.subtractingReportingOverflow(b)))
        case (.uint(let a), .uint(let b)): return .uint(try checked(a.subtractingReportingOverflow(b)))
        case (.double(let a), .double(let b)): return .double(a - b)
        case (.timestamp(let a), .timestamp(let b)): return try checkedDuration(a.timeIntervalSince1970 - b.timeIntervalSince1970)
        case (.timestamp(let a), .duration(let b)): return try checkedTimestamp(a.timeIntervalSince1970 - b)
        case (.duration(let a), .duration(let b)): return try checkedDuration(a - b)
        default: return nil
        }
    }

    private static func multiply(_ left: CELValue, _ right: CELValue) throws(CELEvaluationError) -> CELValue? {
        switch (left, right) {
        case (.int(let a), .int(let b)): return .int(try checked(a.multipliedReportingOverflow(by: b)))
        case (.uint(let a), .uint(let b)): return .uint(try checked(a.multipliedReportingOverflow(by: b)))
        case (.double(let a), .double(let b)): return .double(a * b)
        default: return nil
        }
    }

    private static func divide(_ left: CELValue, _ right: CELValue) throws(CELEvaluationError) -> CELValue? {
        switch (left, right) {
        case (.int(let a), .int(let b)):
            if b == 0 { throw CELEvaluationError("division by zero") }
            return .int(try checked(a.dividedReportingOverflow(by: b)))
        case (.uint(let a), .uint(let b)):
            if b == 0 { throw CELEvaluationError("division by zero") }
            return .uint(a / b)
        case (.double(let a), .double(let b)): return .double(a / b)
        default: return nil
        }
    }

    private static func remainder(_ left: CELValue, _ right: CELValue) throws(CELEvaluationError) -> CELValue? {
        switch (left, right) {
        case (.int(let a), .int(let b)):
            if b == 0 { throw CELEvaluationError("modulus by zero") }
            return .int(try checked(a.remainderReportingOverflow(dividingBy: b)))
        case (.uint(let a), .uint(let b)):
            if b == 0 { throw CELEvaluationError("modulus by zero") }
            return .uint(a % b)
        default: return nil
        }
    }

    private static func negate(_ value: CELValue) throws(CELEvaluationError) -> CELValue? {
        switch value {
        case .int(let a): return .int(try checked(Int64(0).subtractingReportingOverflow(a)))
        case .double(let a): return .double(-a)
        default: return nil
        }
    }

    // MARK: - Collections and strings

    private static func index(_ container: CELValue, _ key: CELValue) throws(CELEvaluationError) -> CELValue? {
        switch container {
        case .list(let elements):
            let position: Int64
            switch key {
            case .int(let value): position = value
            case .uint(let value): position = Int64(clamping: value)
            case .double(let value):
                guard let exact = Int64(exactly: value) else { throw CELEvaluationError("invalid list index: \(key)") }
                position = exact
            default: return nil
            }
            guard position >= 0, position < Int64(elements.count) else {
                throw CELEvaluationError("index out of range: \(position)")
            }
            return elements[Int(position)]
        case .map(let map):
            guard let value = map[key] else { throw CELEvaluationError("no such key: \(key)") }
            return value
        default:
            return nil
        }
    }

    private static func stringPredicate(
        _ function: String, _ text: String, _ other: String, pattern: CompiledPattern?
    ) throws(CELEvaluationError) -> Bool {
        switch function {
        case "contains":
            return other.isEmpty || text.range(of: other, options: .literal) != nil
        case "startsWith":
            return text.unicodeScalars.starts(with: other.unicodeScalars)
        case "endsWith":
            return text.unicodeScalars.reversed().starts(with: other.unicodeScalars.reversed())
        default:
            guard let compiled = pattern ?? CompiledPattern(other) else {
                throw CELEvaluationError("invalid regular expression \"\(other)\"")
            }
            return compiled.matches(text)
        }
    }

    private static func changeAsciiCase(_ text: String, upper: Bool) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let range: ClosedRange<Unicode.Scalar> = upper ? "a"..."z" : "A"..."Z"
            if range.contains(scalar), let changed = Unicode.Scalar(upper ? scalar.value - 32 : scalar.value + 32) {
                result.append(changed)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    // MARK: - Time

    private static func timeAccessor(_ function: String, _ value: CELValue) throws(CELEvaluationError) -> Int64? {
        switch value {
        case .timestamp(let date):
            guard let (seconds, microseconds) = TimestampText.epochComponents(date) else {
                throw CELEvaluationError("timestamp out of range")
            }
            let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
            let secondOfDay = seconds - days * 86_400
            let (year, month, day) = CalendarMath.civilDate(days: days)
            switch function {
            case "getFullYear": return year
            case "getMonth": return month - 1
            case "getDate": return day
            case "getDayOfMonth": return day - 1
            case "getDayOfWeek": return ((days % 7) + 11) % 7
            case "getDayOfYear": return days - CalendarMath.days(year: year, month: 1, day: 1)
            case "getHours": return secondOfDay / 3600
            case "getMinutes": return secondOfDay % 3600 / 60
            case "getSeconds": return secondOfDay % 60
            case "getMilliseconds": return microseconds / 1000
            default: return nil
            }
        case .duration(let seconds):
            guard DurationText.isInRange(seconds) else { throw CELEvaluationError("duration out of range") }
            switch function {
            case "getHours": return Int64(seconds / 3600)
            case "getMinutes": return Int64(seconds / 60)
            case "getSeconds": return Int64(seconds)
            case "getMilliseconds": return Int64(((seconds - seconds.rounded(.towardZero)) * 1000).rounded(.towardZero))
            case "inDays": return Int64((seconds / 86_400).rounded(.down))
            default: return nil
            }
        default:
            return nil
        }
    }
}
