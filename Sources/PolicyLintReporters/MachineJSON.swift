import Foundation

/// Encodes machine reports as stable JSON: pretty-printed, keys sorted, slashes unescaped.
enum MachineJSON {
    /// `value` as JSON text ending in a newline.
    static func encode<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            // Encoding plain structs of strings and integers cannot fail; say so in valid JSON if it ever does.
            let detail = String(describing: error).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "{\"error\": \"could not encode the report: \(detail.filter { $0.unicodeScalars.allSatisfy { $0.value >= 0x20 } })\"}\n"
        }
    }
}
