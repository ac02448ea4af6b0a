import PolicyCondition
import PolicyYAML

/// One policy, read and validated: its source, its YAML tree and the typed view rules read.
public struct PolicyDocument: Sendable {
    /// The file it came from.
    public let source: SourceText
    /// Its YAML tree.
    public let document: YAMLDocument
    /// The typed view: root fields as a CEL map, invalid parts left out, derived fields added.
    public let value: CELMap
    /// The policy's `id`, when it has a valid one.
    public let id: String?
    /// The policy's `kind`, when it has a valid one.
    public let kind: String?

    /// Creates a view over a validated document.
    public init(source: SourceText, document: YAMLDocument, value: CELMap) {
        self.source = source
        self.document = document
        self.value = DerivedValues.apply(to: value)
        if case .string(let id)? = self.value[.string("id")] { self.id = id } else { self.id = nil }
        if case .string(let kind)? = self.value[.string("kind")] { self.kind = kind } else { self.kind = nil }
    }

    /// The variables a condition sees: each root field by name (absent fields are absent).
    public var bindings: [String: CELValue] {
        var result: [String: CELValue] = [:]
        for (key, value) in value.entries {
            if case .string(let name) = key { result[name] = value }
        }
        return result
    }

    /// The YAML node at a path, or the nearest ancestor that exists, or the root.
    public func nearestNode(to path: NodePath) -> YAMLNode {
        var components = path.components
        while !components.isEmpty {
            if let node = document.root.descendant(components) { return node }
            components.removeLast()
        }
        return document.root
    }

    /// The node at exactly a path, if it exists.
    public func node(at path: NodePath) -> YAMLNode? {
        document.root.descendant(path.components)
    }
}
