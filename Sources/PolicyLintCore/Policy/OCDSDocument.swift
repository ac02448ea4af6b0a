import PolicyYAML

/// Recognises an Open Contracting Data Standard (OCDS) release, release package or record, which people reach for when
/// checking a tender, so it gets one clear error rather than a pile of unknown keys: policylint cannot read OCDS.
enum OCDSDocument {
    /// The OCDS top-level keys, each with the kind of document it marks, most telling first.
    private static let markers: [(key: String, kind: String)] = [
        ("records", "record package"), ("compiledRelease", "record"), ("versionedRelease", "record"), ("releases", "release package"), ("ocid", "release"),
        ("tender", "release"),
    ]

    /// A `not-a-policy` error at the first key that shows `document` is an OCDS document, naming the kind the most
    /// telling key marks, or nil when it is not one (a document with a `policy` key is a policy, whatever else it holds).
    static func finding(for document: YAMLDocument, in source: SourceText) -> Finding? {
        guard let pairs = document.root.mapping, !pairs.contains(where: { $0.keyText == "policy" }),
              let marker = markers.first(where: { marker in pairs.contains { $0.keyText == marker.key } }),
              let first = pairs.first(where: { pair in markers.contains { $0.key == pair.keyText } }) else { return nil }
        return Finding(ruleID: "not-a-policy", severity: .error, category: .format,
                       message: "this is an OCDS \(marker.kind) (it has '\(marker.key)'), not a policy: policylint cannot read OCDS data, so write the fund's or tender's conditions as a policy (`policylint schema` gives the format)",
                       location: Location(source: source, span: first.key.span), documentIndex: document.index)
    }
}
