/// The field reference of a format, generated as Markdown from its definition.
public enum FormatReference {
    /// A table of every field: path, type, required, meaning.
    public static func markdown(_ root: FieldType) -> String {
        var out = "| Field | Type | Required | Meaning |\n|---|---|---|---|\n"
        for (path, field) in rows(root.fields ?? [], prefix: "") {
            let type = field.isDerived ? "\(field.type.phrase) (computed)" : label(field.type)
            let meaning = field.summary + (field.example.map { " Example: `\($0)`." } ?? "")
            out += "| `\(path)` | \(escape(type)) | \(field.required ? "yes" : "") | \(escape(meaning)) |\n"
        }
        return out
    }

    private static func rows(_ fields: [Field], prefix: String) -> [(String, Field)] {
        var result: [(String, Field)] = []
        for field in fields {
            let path = prefix.isEmpty ? field.name : prefix + "." + field.name
            result.append((path, field))
            switch field.type {
            case .object(let children): result += rows(children, prefix: path)
            case .list(.object(let children)): result += rows(children, prefix: path + "[]")
            case .dictionary(.object(let children)): result += rows(children, prefix: path + ".NAME")
            default: break
            }
        }
        return result
    }

    /// The type as the table shows it: its phrase, with prose that prose rules read marked as such.
    private static func label(_ type: FieldType) -> String {
        if case .text = type { return "a string (prose)" }
        return type.phrase
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
