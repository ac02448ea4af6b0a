import PolicyYAML

/// Turns a rule example fragment into a whole policy, so examples stay short and still validate.
public enum ExamplePolicy {
    /// The fragment with the required fields added where it does not set them; `kind` defaults to the rule's first kind.
    public static func wrap(_ fragment: String, kind: String?) -> String {
        let keys = (try? YAMLLoader.load(text: fragment).first?.root.mapping?.map(\.keyText)) ?? nil
        let present = Set(keys ?? [])
        var header = ""
        if !present.contains("policy") { header += "policy: 1\n" }
        if !present.contains("id") { header += "id: example\n" }
        if !present.contains("title") { header += "title: Example\n" }
        if !present.contains("kind") { header += "kind: \(kind ?? "grant")\n" }
        return header + fragment + (fragment.hasSuffix("\n") ? "" : "\n")
    }
}
