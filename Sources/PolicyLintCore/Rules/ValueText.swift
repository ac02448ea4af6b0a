import Foundation
import PolicyCondition

/// Writes condition-language values for people, as messages show them.
public enum ValueText {
    /// The value formatted by a message filter (or plainly when the filter is nil).
    public static func render(_ value: CELValue, filter: String?, currency: String?) -> String {
        switch (filter, value) {
        case ("percent", _):
            guard let number = number(value) else { return plain(value) }
            return NumberText.grouped(number * 100) + "%"
        case ("money", _):
            guard let number = number(value) else { return plain(value) }
            return money(number, currency: currency)
        case ("days", _):
            guard let number = number(value) else { return plain(value) }
            // A window that opens and closes on one day is open for part of it, not for "0 days".
            if number == 0 { return "less than a day" }
            return NumberText.grouped(number) + (number == 1 ? " day" : " days")
        case ("number", _):
            guard let number = number(value) else { return plain(value) }
            return NumberText.grouped(number)
        case ("list", .list(let items)):
            return sentenceList(items.map { plain($0) })
        default:
            return plain(value)
        }
    }

    /// An amount with its currency symbol: `£25,000`, `€1,500`, or `1,500 CHF`.
    public static func money(_ amount: Double, currency: String?) -> String {
        let symbols = ["GBP": "£", "EUR": "€", "USD": "$"]
        let figure = NumberText.grouped(amount)
        if let code = currency, let symbol = symbols[code] { return symbol + figure }
        if let code = currency { return figure + " " + code }
        return figure
    }

    /// `a`, `a and b`, `a, b and c`.
    public static func sentenceList(_ items: [String]) -> String {
        switch items.count {
        case 0: return "none"
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }

    /// The value written plainly.
    public static func plain(_ value: CELValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .uint(let number): return String(number)
        case .double(let number): return NumberText.plain(number)
        case .string(let text): return text
        case .bytes(let bytes): return "\(bytes.count) bytes"
        case .list(let items): return items.map(plain).joined(separator: ", ")
        case .map(let map): return map.entries.map { "\(plain($0.0)): \(plain($0.1))" }.joined(separator: ", ")
        case .timestamp(let date): return CalendarDate.format(date)
        case .duration(let seconds): return NumberText.plain(seconds / 86_400) + " days"
        case .type(let name): return name
        }
    }

    private static func number(_ value: CELValue) -> Double? {
        switch value {
        case .int(let number): return Double(number)
        case .uint(let number): return Double(number)
        case .double(let number): return number
        case .duration(let seconds): return seconds / 86_400
        default: return nil
        }
    }
}
