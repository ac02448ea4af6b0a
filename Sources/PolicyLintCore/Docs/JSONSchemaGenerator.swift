import Foundation

/// Writes a JSON Schema (draft-07, which YAML editors understand) for a format defined as data.
public enum JSONSchemaGenerator {
    /// The schema of the policy format, as pretty-printed JSON.
    public static func policySchema() -> String {
        var schema = node(PolicyFormat.root)
        schema["$schema"] = "http://json-schema.org/draft-07/schema#"
        schema["$id"] = "https://policylint.dev/schema/policy-v\(PolicyFormat.version).json"
        schema["title"] = "policylint policy (format v\(PolicyFormat.version))"
        schema["description"] = "A procurement or grant policy checked by policylint. Generated from the format definition; do not edit."
        return serialise(schema)
    }

    /// The schema of the rulebook format.
    public static func rulebookSchema() -> String {
        var schema = node(RulebookFormat.root)
        schema["$schema"] = "http://json-schema.org/draft-07/schema#"
        schema["title"] = "policylint rulebook (format v\(RulebookFormat.version))"
        return serialise(schema)
    }

    static func serialise(_ schema: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: schema, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func node(_ type: FieldType) -> [String: Any] {
        switch type {
        case .string(let pattern):
            var result: [String: Any] = ["type": "string"]
            if let pattern { result["pattern"] = pattern }
            return result
        case .text: return ["type": "string"]
        case .integer(let minimum, let maximum):
            var result: [String: Any] = ["type": "integer"]
            if let minimum { result["minimum"] = minimum }
            if let maximum { result["maximum"] = maximum }
            return result
        case .number(let minimum, let maximum):
            var result: [String: Any] = ["type": "number"]
            if let minimum { result["minimum"] = minimum }
            if let maximum { result["maximum"] = maximum }
            return result
        case .fraction: return ["type": "number", "minimum": 0, "maximum": 1]
        case .percent: return ["type": "number", "minimum": 0, "maximum": 100]
        case .money: return ["type": "number", "minimum": 0]
        case .boolean: return ["type": "boolean"]
        case .date: return ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date"]
        case .enumeration(let words): return ["type": "string", "enum": words]
        case .list(let item): return ["type": "array", "items": node(item)]
        case .dictionary(let value): return ["type": "object", "additionalProperties": node(value)]
        case .oneOf(let types): return ["anyOf": types.map(node)]
        case .object(let fields):
            var properties: [String: Any] = [:]
            for field in fields where !field.isDerived {
                var property = node(field.type)
                property["description"] = field.summary
                properties[field.name] = property
            }
            // Extension keys (`x-`) are accepted anywhere, as the validator accepts them.
            var result: [String: Any] = ["type": "object", "properties": properties, "additionalProperties": false,
                                         "patternProperties": ["^\(FormatValidator.extensionPrefix)": [String: Any]()]]
            let required = fields.filter(\.required).map(\.name)
            if !required.isEmpty { result["required"] = required }
            return result
        }
    }
}
