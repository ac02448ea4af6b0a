import PolicyYAML

/// The prose of a YAML policy: every free-text string field, each located through `ScalarLocator`.
public enum PolicyProse {
    /// Root fields whose strings are never prose: identifiers, the title (a name, such as "Match Fund 2027", that asks for
    /// nothing), and waivers (whose reasons discuss barriers on purpose).
    static let skippedRoots: Set<String> = ["policy", "id", "title", "kind", "status", "jurisdiction", "waivers"]

    /// The text fields of a policy: strings whose format type is free text or an unconstrained string, or that the format does not know.
    public static func fields(of document: PolicyDocument) -> [ProseField] {
        var fields: [ProseField] = []
        collect(document.document.root, source: document.source, into: &fields)
        return fields
    }

    private static func collect(_ node: YAMLNode, source: SourceText, into fields: inout [ProseField]) {
        switch node.content {
        case .mapping(let pairs):
            for pair in pairs {
                if node.path.isRoot, skippedRoots.contains(pair.keyText) { continue }
                // Extension keys (`x-`) hold local metadata that policylint never checks.
                if pair.keyText.hasPrefix(FormatValidator.extensionPrefix) { continue }
                collect(pair.value, source: source, into: &fields)
            }
        case .sequence(let items):
            for item in items { collect(item, source: source, into: &fields) }
        case .scalar(let scalar):
            guard case .string = scalar.value, !scalar.text.isEmpty, isProse(node.path) else { return }
            let captured = node
            fields.append(ProseField(path: node.path, text: scalar.text, preparing: {
                let locator = ScalarLocator(source: source, node: captured)
                return { offset, length in locator.span(offset: offset, length: length) }
            }))
        }
    }

    /// Whether the field at `path` holds prose by the policy format.
    static func isProse(_ path: NodePath) -> Bool {
        guard let field = PolicyTypes.field(at: path.components) else { return true }
        switch field.type {
        case .text: return true
        case .string(let pattern): return pattern == nil
        case .list(.string(nil)), .list(.text): return true
        default: return false
        }
    }
}
