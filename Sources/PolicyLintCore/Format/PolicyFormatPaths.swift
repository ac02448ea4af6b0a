/// Every field path of the policy format, such as `funding.match_funding.required`.
public enum PolicyFormatPaths {
    /// All paths, parents before children; list items appear as `[]`.
    public static let all: [String] = collect(PolicyFormat.rootFields, prefix: "")

    private static func collect(_ fields: [Field], prefix: String) -> [String] {
        var paths: [String] = []
        for field in fields {
            let path = prefix.isEmpty ? field.name : prefix + "." + field.name
            paths.append(path)
            switch field.type {
            case .object(let children): paths += collect(children, prefix: path)
            case .list(.object(let children)): paths += collect(children, prefix: path + "[]")
            default: break
            }
        }
        return paths
    }
}
