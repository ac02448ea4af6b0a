/// The shape of a baseline file (JSON, which is YAML, so it is read and located like every other input).
public enum BaselineFormat {
    /// The one version this build reads and writes.
    public static let version = 1

    /// One accepted finding.
    public static let entry: FieldType = .object([
        Field("fingerprint", .string(pattern: "^[0-9a-f]{16}$"), "The finding's fingerprint: 16 hex digits.", required: true),
        Field("rule", .string(), "The rule, for people reading the file.", required: true),
        Field("policy", .string(), "The policy id, for people reading the file."),
        Field("path", .string(), "The node path, for people reading the file."),
        Field("file", .string(), "The file where it was found when the baseline was written.", required: true),
        Field("message", .text, "The message when the baseline was written.", required: true),
    ])

    /// The root of a baseline file.
    public static let root: FieldType = .object([
        Field("version", .integer(minimum: 1), "The baseline format version.", required: true, example: "1"),
        Field("tool", .string(), "The tool version that wrote it.", required: true, example: "policylint 0.1.0"),
        Field("findings", .list(entry), "The accepted findings.", required: true),
    ])
}
