/// One node of a composed YAML document: a scalar, a sequence or a mapping, with its span and path.
public struct YAMLNode: Sendable {
    /// What the node holds.
    public indirect enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    /// The node's content.
    public let content: Content
    /// Where the node starts and ends in the source.
    public let span: SourceSpan
    /// Where the node sits in its document.
    public let path: NodePath
    /// The explicit tag, if the source wrote one (in its short form, such as `!!str`).
    public let tag: String?

    /// Creates a node.
    public init(content: Content, span: SourceSpan, path: NodePath, tag: String? = nil) {
        self.content = content
        self.span = span
        self.path = path
        self.tag = tag
    }

    /// The scalar, if this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items, if this node is a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The pairs in source order, if this node is a mapping.
    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The value under a string key, if this node is a mapping that has it.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar?.text == key }?.value
    }

    /// The pair whose key is `key`, if this node is a mapping that has it.
    public func pair(_ key: String) -> YAMLPair? {
        mapping?.first { $0.key.scalar?.text == key }
    }

    /// The node at a relative path below this one, if every step exists.
    public func descendant(_ components: [NodePath.Component]) -> YAMLNode? {
        var node = self
        for component in components {
            switch component {
            case .key(let key):
                guard let next = node[key] else { return nil }
                node = next
            case .index(let index):
                guard let items = node.sequence, index >= 0, index < items.count else { return nil }
                node = items[index]
            }
        }
        return node
    }

    /// A word for the node's kind: `mapping`, `sequence`, or the resolved scalar type.
    public var kindName: String {
        switch content {
        case .scalar(let scalar): return scalar.value.typeName
        case .sequence: return "sequence"
        case .mapping: return "mapping"
        }
    }

    /// The number of nodes in this subtree, keys included.
    public var nodeCount: Int {
        switch content {
        case .scalar: return 1
        case .sequence(let items): return items.reduce(1) { $0 + $1.nodeCount }
        case .mapping(let pairs): return pairs.reduce(1) { $0 + 1 + $1.value.nodeCount }
        }
    }
}

/// A key and its value in a mapping.
public struct YAMLPair: Sendable {
    /// The key node (always a scalar in documents this layer accepts).
    public let key: YAMLNode
    /// The value node.
    public let value: YAMLNode

    /// Creates a pair.
    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }

    /// The key's text.
    public var keyText: String { key.scalar?.text ?? "" }
}

/// A scalar's text, how it was written, and its typed value.
public struct YAMLScalar: Sendable, Hashable {
    /// The text after YAML unescaping and folding.
    public let text: String
    /// How it was written.
    public let style: ScalarStyle
    /// The value by the core schema (quoted and block scalars are always strings).
    public let value: ScalarValue

    /// Creates a scalar, resolving plain text by the core schema.
    public init(text: String, style: ScalarStyle, value: ScalarValue? = nil) {
        self.text = text
        self.style = style
        self.value = value ?? (style == .plain ? ScalarValue.resolvePlain(text) : .string(text))
    }
}
