import PolicyYAML

/// Parses the dotted field paths rulebooks write (`funding.match_funding.required`, `criteria[].weight`).
enum PolicyYAMLPath {
    /// The components of a path, or nil when it is not a well-formed path.
    static func components(_ text: String) -> [NodePath.Component]? {
        NodePath.parse(text)?.components
    }
}
