/// The format of `.policylint.yaml`, defined as data.
public enum ConfigFormat {
    /// The settings a rule can be given.
    public static let ruleSettings = ["off", "on", "error", "warning", "info"]

    /// The root fields of a config file.
    public static let root: FieldType = .object([
        Field("extends", .list(.string()), "Presets (`recommended`, `strict`) or other config files, relative to this one; later entries and this file win.", example: "[recommended]"),
        Field("fail-on", .enumeration(Severity.allCases.map(\.rawValue)), "The lowest severity that fails a run (exit code 1).", example: "error"),
        Field("rulebooks", .list(.string()), "Extra rulebook files, relative to this config; their rules override built-in rules with the same id.", example: "[rules/local.yaml]"),
        Field("builtin", .boolean, "Whether the built-in rulebook runs.", example: "true"),
        Field("preview", .boolean, "Whether rules with status `preview` run.", example: "false"),
        Field("rules", .dictionary(.enumeration(ruleSettings)), "Per rule: `off`, `on`, or a severity that replaces the rule's own. Keys are rule ids or globs such as `insurance-*`.", example: "{tight-word-limit: off, long-decision-time: error}"),
        Field("parameters", .dictionary(.oneOf([.number(), .boolean, .string()])), "Values for rulebook parameters, such as `min_window_days: 42`.", example: "{min_window_days: 42}"),
        Field("include", .list(.string()), "Globs, relative to this config, of files to check when a directory is named.", example: "[\"policies/**\"]"),
        Field("exclude", .list(.string()), "Globs, relative to this config, of files to skip when a directory is named.", example: "[\"drafts/**\"]"),
        Field("waivers", .list(.string()), "Waivers files, relative to this config.", example: "[waivers.yaml]"),
    ])
}
