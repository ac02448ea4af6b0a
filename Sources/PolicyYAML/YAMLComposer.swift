/// Builds document trees from libyaml events, enforcing depth, alias and key rules.
struct YAMLComposer {
    private let parser: LibYAMLParser
    private let limits: YAMLLimits
    private var anchors: [String: YAMLNode] = [:]
    private var aliasNodes = 0
    private var lookahead: YAMLEvent?

    init(parser: LibYAMLParser, limits: YAMLLimits) {
        self.parser = parser
        self.limits = limits
    }

    /// Reads the whole stream into documents.
    mutating func composeStream() throws(YAMLError) -> [YAMLDocument] {
        var documents: [YAMLDocument] = []
        _ = try expect(.streamStart)
        while true {
            let event = try nextEvent()
            switch event.kind {
            case .streamEnd:
                return documents
            case .documentStart:
                anchors.removeAll(keepingCapacity: true)
                let root = try composeNode(path: .root, depth: 0)
                let end = try expect(.documentEnd)
                documents.append(YAMLDocument(root: root, index: documents.count,
                                              span: SourceSpan(start: event.span.start, end: end.span.end)))
            default:
                throw YAMLError(.syntax, "expected a document", at: event.span)
            }
        }
    }

    private mutating func nextEvent() throws(YAMLError) -> YAMLEvent {
        if let event = lookahead {
            lookahead = nil
            return event
        }
        return try parser.next()
    }

    private mutating func expect(_ kind: YAMLEvent.Kind) throws(YAMLError) -> YAMLEvent {
        let event = try nextEvent()
        guard event.kind == kind else { throw YAMLError(.syntax, "unexpected YAML structure", at: event.span) }
        return event
    }

    private mutating func composeNode(path: NodePath, depth: Int) throws(YAMLError) -> YAMLNode {
        let event = try nextEvent()
        let node: YAMLNode
        switch event.kind {
        case .alias:
            return try resolveAlias(event, path: path)
        case .scalar:
            node = YAMLNode(content: .scalar(try scalar(from: event)), span: event.span, path: path, tag: shortTag(event.tag))
        case .sequenceStart:
            try checkDepth(depth, at: event.span)
            try checkCollectionTag(event, expected: "seq")
            var items: [YAMLNode] = []
            while true {
                let next = try nextEvent()
                if next.kind == .sequenceEnd {
                    node = YAMLNode(content: .sequence(items), span: SourceSpan(start: event.span.start, end: next.span.end),
                                    path: path, tag: shortTag(event.tag))
                    break
                }
                lookahead = next
                items.append(try composeNode(path: path.appending(index: items.count), depth: depth + 1))
            }
        case .mappingStart:
            try checkDepth(depth, at: event.span)
            try checkCollectionTag(event, expected: "map")
            var pairs: [YAMLPair] = []
            var keys = KeyIndex()
            while true {
                let next = try nextEvent()
                if next.kind == .mappingEnd {
                    node = YAMLNode(content: .mapping(pairs), span: SourceSpan(start: event.span.start, end: next.span.end),
                                    path: path, tag: shortTag(event.tag))
                    break
                }
                lookahead = next
                let key = try composeKey(path: path)
                guard let keyScalar = key.scalar else {
                    throw YAMLError(.unsupported, "mapping keys must be scalars; complex keys are not supported", at: key.span)
                }
                if let first = keys.firstSpan(of: keyScalar.value, in: pairs) {
                    throw YAMLError(.duplicateKey, "duplicate key '\(keyScalar.text)'; it was first defined at line \(first.start.line), column \(first.start.column)", at: key.span)
                }
                keys.add(keyScalar.value, at: pairs.count, in: pairs)
                let value = try composeNode(path: path.appending(key: keyScalar.text), depth: depth + 1)
                pairs.append(YAMLPair(key: key, value: value))
            }
        default:
            throw YAMLError(.syntax, "unexpected YAML structure", at: event.span)
        }
        if let anchor = event.anchor { anchors[anchor] = node }
        return node
    }

    private mutating func composeKey(path: NodePath) throws(YAMLError) -> YAMLNode {
        let event = try nextEvent()
        guard event.kind == .scalar else {
            if event.kind == .alias, let anchor = event.anchor, let target = anchors[anchor], target.scalar != nil {
                return try resolveAlias(event, path: path)
            }
            throw YAMLError(.unsupported, "mapping keys must be scalars; complex keys are not supported", at: event.span)
        }
        let node = YAMLNode(content: .scalar(try scalar(from: event)), span: event.span, path: path, tag: shortTag(event.tag))
        if let anchor = event.anchor { anchors[anchor] = node }
        return node
    }

    private mutating func resolveAlias(_ event: YAMLEvent, path: NodePath) throws(YAMLError) -> YAMLNode {
        let name = event.anchor ?? ""
        guard let target = anchors[name] else {
            throw YAMLError(.syntax, "alias '*\(name)' names no anchor defined before it", at: event.span)
        }
        aliasNodes += target.nodeCount
        if aliasNodes > limits.maxAliasExpansion {
            throw YAMLError(.aliasExpansion, "aliases expand to more than \(limits.maxAliasExpansion) nodes; the file looks like an alias bomb ('billion laughs') and was not expanded", at: event.span)
        }
        // An aliased collection is placed at the alias; an aliased scalar keeps the anchored text's span, because
        // positions inside its text (a phrase a prose rule found) exist only there.
        return Self.relocate(target, to: path, span: target.scalar == nil ? event.span : nil)
    }

    /// `node` copied to `path` (its children to paths below it), spanning `span`, or its own span when nil.
    private static func relocate(_ node: YAMLNode, to path: NodePath, span: SourceSpan?) -> YAMLNode {
        let content: YAMLNode.Content
        switch node.content {
        case .scalar:
            content = node.content
        case .sequence(let items):
            content = .sequence(items.enumerated().map { relocate($1, to: path.appending(index: $0), span: nil) })
        case .mapping(let pairs):
            content = .mapping(pairs.map { pair in
                YAMLPair(key: YAMLNode(content: pair.key.content, span: pair.key.span, path: path, tag: pair.key.tag),
                         value: relocate(pair.value, to: path.appending(key: pair.keyText), span: nil))
            })
        }
        return YAMLNode(content: content, span: span ?? node.span, path: path, tag: node.tag)
    }

    private func checkDepth(_ depth: Int, at span: SourceSpan) throws(YAMLError) {
        if depth >= limits.maxDepth {
            throw YAMLError(.tooDeep, "collections are nested more than \(limits.maxDepth) levels deep", at: span)
        }
    }

    private func checkCollectionTag(_ event: YAMLEvent, expected: String) throws(YAMLError) {
        guard let tag = event.tag, tag != "!" else { return }
        if tag != "tag:yaml.org,2002:" + expected {
            throw YAMLError(.tag, "tag '\(shortTag(tag) ?? tag)' is not allowed here; remove it", at: event.span)
        }
    }

    private func scalar(from event: YAMLEvent) throws(YAMLError) -> YAMLScalar {
        guard let tag = event.tag, tag != "!" else {
            if event.tag == "!" { return YAMLScalar(text: event.value, style: event.style, value: .string(event.value)) }
            return YAMLScalar(text: event.value, style: event.style)
        }
        let name = shortTag(tag) ?? tag
        let value: ScalarValue?
        switch tag {
        case "tag:yaml.org,2002:str": value = .string(event.value)
        case "tag:yaml.org,2002:null": value = ScalarValue.resolvePlain(event.value) == .null ? .null : nil
        case "tag:yaml.org,2002:bool":
            let resolved = ScalarValue.resolvePlain(event.value)
            if case .bool = resolved { value = resolved } else { value = nil }
        case "tag:yaml.org,2002:int":
            let resolved = ScalarValue.resolvePlain(event.value)
            if case .int = resolved { value = resolved } else { value = nil }
        case "tag:yaml.org,2002:float":
            switch ScalarValue.resolvePlain(event.value) {
            case .float(let number): value = .float(number)
            case .int(let number): value = .float(Double(number))
            default: value = nil
            }
        default:
            throw YAMLError(.tag, "tag '\(name)' is not allowed; policylint reads plain data only (strings, numbers, booleans, null, lists and mappings)", at: event.span)
        }
        guard let value else {
            throw YAMLError(.tag, "'\(event.value)' is not a valid \(name) value", at: event.span)
        }
        return YAMLScalar(text: event.value, style: event.style, value: value)
    }

    private func shortTag(_ tag: String?) -> String? {
        guard let tag else { return nil }
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }
}
