import PolicyYAML

/// A policy tree assembled from another document's values, each keeping the span of the node it came from, so the
/// policy format and the rules read it as written while findings point at the original lines.
indirect enum PolicyDraft: Sendable {
    /// A scalar: its text, how it is to be typed, and where it came from.
    case scalar(String, ScalarStyle, SourceSpan)
    /// A list of drafts, spanning the original list.
    case list([PolicyDraft], SourceSpan)
    /// Keyed drafts in order, each key spanning the original key (or value), the whole spanning the original mapping.
    case mapping([Entry], SourceSpan)

    /// One key of a mapping draft.
    struct Entry: Sendable {
        /// The policy format's key.
        let key: String
        /// Where the key came from.
        let keySpan: SourceSpan
        /// The value.
        let value: PolicyDraft
    }

    /// A number, written so the format reads it as one.
    static func number(_ value: Double, at span: SourceSpan) -> PolicyDraft {
        .scalar(NumberText.plain(value), .plain, span)
    }

    /// Text, quoted so the format never reads it as a number, a boolean or null.
    static func text(_ value: String, at span: SourceSpan) -> PolicyDraft {
        .scalar(value, .doubleQuoted, span)
    }

    /// The span of the original node.
    var span: SourceSpan {
        switch self {
        case .scalar(_, _, let span), .list(_, let span), .mapping(_, let span): return span
        }
    }

    /// The draft as a YAML node at `path`.
    func node(at path: NodePath = .root) -> YAMLNode {
        switch self {
        case .scalar(let text, let style, let span):
            return YAMLNode(content: .scalar(YAMLScalar(text: text, style: style)), span: span, path: path)
        case .list(let items, let span):
            let nodes = items.enumerated().map { $0.element.node(at: path.appending(index: $0.offset)) }
            return YAMLNode(content: .sequence(nodes), span: span, path: path)
        case .mapping(let entries, let span):
            let pairs = entries.map { entry in
                let keyPath = path.appending(key: entry.key)
                let key = YAMLNode(content: .scalar(YAMLScalar(text: entry.key, style: .plain)), span: entry.keySpan, path: keyPath)
                return YAMLPair(key: key, value: entry.value.node(at: keyPath))
            }
            return YAMLNode(content: .mapping(pairs), span: span, path: path)
        }
    }
}
