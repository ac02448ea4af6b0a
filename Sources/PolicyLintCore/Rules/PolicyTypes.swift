import PolicyCondition
import PolicyYAML

/// The types a condition sees, derived from the policy format.
public enum PolicyTypes {
    /// The variables of the condition language: every root field of a policy, plus `params`.
    public static func environment(parameters: [String: RuleParameter]) -> CELEnvironment {
        var variables: [String: CELType] = [:]
        for field in PolicyFormat.rootFields {
            variables[field.name] = celType(field.type, name: field.name)
        }
        variables["params"] = .object(name: "params", fields: parameters.mapValues(\.celType))
        return CELEnvironment(variables: variables)
    }

    /// The condition-language type of a format type.
    public static func celType(_ type: FieldType, name: String) -> CELType {
        switch type {
        case .string, .text, .enumeration: return .string
        case .integer: return .int
        case .number, .fraction, .percent, .money: return .double
        case .boolean: return .bool
        case .date: return .timestamp
        case .list(let item): return .list(celType(item, name: name + "[]"))
        case .dictionary(let value): return .map(.string, celType(value, name: name + "[]"))
        case .oneOf: return .dyn
        case .object(let fields):
            var members: [String: CELType] = [:]
            for field in fields { members[field.name] = celType(field.type, name: name + "." + field.name) }
            return .object(name: name, fields: members)
        }
    }

    /// The format field at a path (list indexes written `[]` or as numbers), if the format has it.
    public static func field(at path: String) -> Field? {
        guard let parsed = NodePath.parse(path)?.components else { return nil }
        return field(at: parsed)
    }

    /// The format field at a path given as components (any index stands for every index), if the format has it.
    public static func field(at parsed: [NodePath.Component]) -> Field? {
        var fields = PolicyFormat.rootFields
        var found: Field?
        var pending: FieldType?
        for component in parsed {
            switch component {
            case .key(let key):
                if case .dictionary(let value)? = pending {
                    found = Field(key, value, "")
                } else {
                    guard let field = fields.first(where: { $0.name == key }) else { return nil }
                    found = field
                }
            case .index:
                guard case .list(let item)? = pending else { return nil }
                found = Field(found?.name ?? "", item, "")
            }
            pending = found?.type
            fields = found?.type.fields ?? []
        }
        return found
    }
}
