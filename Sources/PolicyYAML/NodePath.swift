/// The location of a node inside a document, such as `process.assessment.criteria[1].weight`.
///
/// Paths share their prefixes, so giving every node of a large document its path costs one
/// small object per node.
public struct NodePath: Sendable, Hashable, CustomStringConvertible {
    /// One step of a path: a mapping key or a sequence index (0-based).
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    private final class Link: Sendable {
        let parent: Link?
        let component: Component
        let count: Int
        init(parent: Link?, component: Component) {
            self.parent = parent
            self.component = component
            self.count = (parent?.count ?? 0) + 1
        }
    }

    private let link: Link?

    /// The path of a document's root node.
    public static let root = NodePath(link: nil)

    private init(link: Link?) { self.link = link }

    /// Builds a path from its components.
    public init(_ components: [Component]) {
        var link: Link?
        for component in components { link = Link(parent: link, component: component) }
        self.link = link
    }

    /// The path one step below this one.
    public func appending(_ component: Component) -> NodePath {
        NodePath(link: Link(parent: link, component: component))
    }

    /// The path of a mapping value under `key`.
    public func appending(key: String) -> NodePath { appending(.key(key)) }

    /// The path of a sequence item at `index`.
    public func appending(index: Int) -> NodePath { appending(.index(index)) }

    /// The steps from the root, first to last.
    public var components: [Component] {
        var result: [Component] = []
        var cursor = link
        while let current = cursor {
            result.append(current.component)
            cursor = current.parent
        }
        return result.reversed()
    }

    /// The number of steps from the root.
    public var count: Int { link?.count ?? 0 }

    /// True for the root path.
    public var isRoot: Bool { link == nil }

    /// The last step, or nil at the root.
    public var last: Component? { link?.component }

    /// The path one step up, or nil at the root.
    public var parent: NodePath? { link.map { NodePath(link: $0.parent) } }

    /// The path with sequence indexes replaced by `[]`, as used by a format definition.
    public var pattern: String { Self.render(components, wildcardIndexes: true) }

    /// The dotted form: `a.b[0].c`; keys that are not plain identifiers are written `["key"]`.
    public var description: String { Self.render(components, wildcardIndexes: false) }

    /// Parses the dotted form written by `description` (also accepting `[]` as "any index", returned as index -1).
    public static func parse(_ text: String) -> NodePath? {
        var components: [Component] = []
        var index = text.startIndex
        var expectKey = true
        while index < text.endIndex {
            let character = text[index]
            if character == "." {
                guard !components.isEmpty, !expectKey else { return nil }
                expectKey = true
                index = text.index(after: index)
            } else if character == "[" {
                guard let close = text[index...].firstIndex(of: "]") else { return nil }
                let inner = text[text.index(after: index)..<close]
                if inner.isEmpty {
                    components.append(.index(-1))
                } else if let number = Int(inner), number >= 0 {
                    components.append(.index(number))
                } else if inner.count >= 2, inner.first == "\"", inner.last == "\"" {
                    components.append(.key(String(inner.dropFirst().dropLast())))
                } else {
                    return nil
                }
                expectKey = false
                index = text.index(after: close)
            } else {
                guard expectKey else { return nil }
                var end = index
                while end < text.endIndex, text[end] != ".", text[end] != "[" { end = text.index(after: end) }
                components.append(.key(String(text[index..<end])))
                expectKey = false
                index = end
            }
        }
        if expectKey && !components.isEmpty { return nil }
        return NodePath(components)
    }

    public static func == (lhs: NodePath, rhs: NodePath) -> Bool {
        lhs.count == rhs.count && lhs.components == rhs.components
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(components) }

    private static func render(_ components: [Component], wildcardIndexes: Bool) -> String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if isIdentifier(key) {
                    if !text.isEmpty { text += "." }
                    text += key
                } else {
                    text += "[\"\(key)\"]"
                }
            case .index(let index):
                text += wildcardIndexes || index < 0 ? "[]" : "[\(index)]"
            }
        }
        return text
    }

    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return key.unicodeScalars.allSatisfy { $0 == "_" || $0 == "-" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }
}
