import Foundation
import PolicyCondition
import PolicyYAML

/// Two fields of a policy whose values must come in order, such as `process.opens` and `process.closes`:
/// each is valid alone, but together they describe something impossible.
public struct FieldOrder: Sendable {
    /// The path of the field that must not be greater (the earlier date, the smaller amount).
    public let lower: [String]
    /// The path of the field that must not be smaller.
    public let upper: [String]
    /// How a broken order reads, after the upper field's name and value: "is before".
    public let relation: String

    /// Creates an order between two fields.
    public init(_ lower: [String], _ upper: [String], relation: String) {
        self.lower = lower
        self.upper = upper
        self.relation = relation
    }

    /// The issue when both fields hold comparable values that are out of order, placed at the upper field.
    func issue(in root: YAMLNode, values: CELMap) -> FormatIssue? {
        guard let low = Self.number(at: lower, in: values), let high = Self.number(at: upper, in: values), high < low,
              let lowNode = Self.node(at: lower, in: root), let highNode = Self.node(at: upper, in: root) else { return nil }
        let lowText = lowNode.scalar?.text ?? ""
        let highText = highNode.scalar?.text ?? ""
        return FormatIssue(id: "invalid-value", severity: .error,
                           message: "'\(upper.joined(separator: "."))' (\(highText)) \(relation) '\(lower.joined(separator: "."))' (\(lowText)); one of them is wrong",
                           span: highNode.span, path: highNode.path)
    }

    /// The value at `path` as a number (days for dates), when it is a number or a date.
    private static func number(at path: [String], in values: CELMap) -> Double? {
        var value: CELValue = .map(values)
        for key in path {
            guard case .map(let map) = value, let next = map[.string(key)] else { return nil }
            value = next
        }
        switch value {
        case .int(let number): return Double(number)
        case .double(let number): return number
        case .timestamp(let date): return date.timeIntervalSince1970
        default: return nil
        }
    }

    /// The node at `path`.
    private static func node(at path: [String], in root: YAMLNode) -> YAMLNode? {
        var node: YAMLNode? = root
        for key in path { node = node?[key] }
        return node
    }
}
