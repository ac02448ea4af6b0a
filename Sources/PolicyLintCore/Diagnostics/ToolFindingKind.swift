/// The findings policylint itself raises, rather than a rule: input that could not be read, a policy that does not
/// fit the format, and waivers that are stray or out of date. Machine formats describe them as they describe rules.
public struct ToolFindingKind: Sendable, Equatable {
    /// The id findings of this kind carry, as a rule's would.
    public let id: String
    /// The severity such findings have.
    public let severity: Severity
    /// What the finding says is wrong, in one line.
    public let title: String
    /// The documentation page (relative to the repository's `docs/`) and heading that explain it.
    public let documentation: String
    /// The stage of a run that raises it.
    public let stage: Stage
    /// Whether such a finding means part of the policy was not read, so the rules did not check it (every input and
    /// format problem but a repeated policy id, which names a policy that was read in full).
    public let leavesPartUnread: Bool

    /// Every kind, by the stage that raises it.
    public static let all: [ToolFindingKind] = [
        // Reading the file.
        .init("unreadable-file", .reading, .error, "The file could not be read, or is over the size limit.", "policy-format.md#input-that-cannot-be-read"),
        .init("empty-file", .reading, .error, "The file holds no YAML document, or a Markdown or text file no prose.", "policy-format.md#input-that-cannot-be-read"),
        .init("invalid-yaml", .reading, .error, "The file is not valid YAML.", "policy-format.md#input-that-cannot-be-read"),
        .init("invalid-front-matter", .reading, .error, "A Markdown file's front matter is never closed, so none of it would be read.", "policy-format.md#input-that-cannot-be-read"),
        .init("invalid-encoding", .reading, .error, "The file is not UTF-8 text.", "policy-format.md#input-that-cannot-be-read"),
        .init("binary-file", .reading, .error, "The file is binary data, not text.", "policy-format.md#input-that-cannot-be-read"),
        .init("file-too-large", .reading, .error, "The file is over the size limit.", "policy-format.md#input-that-cannot-be-read"),
        .init("nesting-too-deep", .reading, .error, "The YAML nests deeper than the limit.", "policy-format.md#input-that-cannot-be-read"),
        .init("alias-bomb", .reading, .error, "YAML aliases would expand past the limit.", "policy-format.md#input-that-cannot-be-read"),
        .init("duplicate-key", .reading, .error, "A mapping has the same key twice.", "policy-format.md#input-that-cannot-be-read"),
        .init("unsupported-yaml", .reading, .error, "The YAML uses a feature policies may not (such as a complex key).", "policy-format.md#input-that-cannot-be-read"),
        .init("forbidden-tag", .reading, .error, "The YAML has a tag, such as !!python/object, that policies may not use.", "policy-format.md#input-that-cannot-be-read"),
        .init("several-documents", .reading, .error, "A config, rulebook or waivers file holds more than one YAML document.", "configuration.md#problems-in-a-config"),
        // Checking the policy against the format.
        .init("unknown-key", .format, .warning, "A key the policy format does not define.", "policy-format.md#what-the-validator-reports"),
        .init("wrong-type", .format, .error, "A value of the wrong type.", "policy-format.md#what-the-validator-reports"),
        .init("invalid-value", .format, .error, "A value of the right type that is impossible, or two fields out of order.", "policy-format.md#what-the-validator-reports"),
        .init("ocds-without-tender", .format, .warning, "An OCDS release, record or package holds no tender to check.", "ocds.md#what-is-read",
              leavesPartUnread: false),
        .init("missing-field", .format, .error, "A required field is absent or blank.", "policy-format.md#what-the-validator-reports"),
        .init("derived-field", .format, .error, "A computed field is written in the policy.", "policy-format.md#what-the-validator-reports"),
        .init("duplicate-policy-id", .format, .warning, "Two policies of a run have the same id.", "policy-format.md#what-the-validator-reports",
              leavesPartUnread: false),
        // The run's configuration: problems that stop it before any policy is checked.
        .init("no-policy-files", .configuration, .error, "The paths named hold no policy file to check.", "ci.md#when-the-run-cannot-start"),
        .init("no-such-file", .configuration, .error, "A file named on the command line or in a config does not exist.", "configuration.md#problems-in-a-config"),
        .init("ambiguous-config", .configuration, .error, "A folder holds both .policylint.yaml and .policylint.yml.", "configuration.md#problems-in-a-config"),
        .init("invalid-extends", .configuration, .error, "A config extends neither a preset nor a file, or extends itself.", "configuration.md#problems-in-a-config"),
        .init("unknown-rule", .configuration, .error, "A config or the command line names a rule that does not exist.", "configuration.md#problems-in-a-config"),
        .init("unknown-parameter", .configuration, .error, "A config sets a parameter no rulebook declares.", "configuration.md#problems-in-a-config"),
        .init("invalid-rule", .configuration, .error, "A rule of a rulebook is malformed.", "rulebooks.md#rulebooks"),
        .init("invalid-condition", .configuration, .error, "A rule's condition does not parse or type-check.", "rulebooks.md#rulebooks"),
        .init("invalid-message", .configuration, .error, "A rule's message template is malformed.", "rulebooks.md#rulebooks"),
        .init("invalid-pattern", .configuration, .error, "A text rule's pattern is malformed.", "prose-rules.md#the-match-format"),
        .init("duplicate-rule", .configuration, .error, "A rulebook defines the same rule twice.", "rulebooks.md#rulebooks"),
        .init("duplicate-parameter", .configuration, .error, "A rulebook declares a parameter an earlier rulebook already declares.", "rulebooks.md#shape"),
        .init("invalid-baseline", .configuration, .error, "A baseline file cannot be read as a baseline.", "ci.md#baselines"),
        // Waivers.
        .init("waiver-expired", .waivers, .error, "A waiver has passed its expiry date.", "ci.md#waivers", leavesPartUnread: false),
        .init("unused-waiver", .waivers, .warning, "A waiver matches no finding.", "ci.md#waivers", leavesPartUnread: false),
        .init("unknown-waiver-rule", .waivers, .error, "A waiver names a rule that does not exist.", "ci.md#waivers", leavesPartUnread: false),
        .init("unknown-waiver-policy", .waivers, .warning, "A waivers-file entry names a policy id that no policy checked has.", "ci.md#waivers",
              leavesPartUnread: false),
        .init("misplaced-waiver", .waivers, .warning, "A waivers-file entry names a policy governed by a config that does not list the waivers file.",
              "ci.md#waivers", leavesPartUnread: false),
        // Baselines.
        .init("stale-baseline-entry", .baselines, .warning, "A baseline entry matches no finding of a policy the run checked.", "ci.md#baselines",
              leavesPartUnread: false),
    ]

    /// The kind with `id`, if policylint raises findings with it.
    public static func kind(_ id: String) -> ToolFindingKind? {
        all.first { $0.id == id }
    }

    /// The stages of a run that raise findings of their own.
    public enum Stage: String, Sendable {
        /// Reading a file as YAML (or as Markdown or text): a problem any file policylint reads can have.
        case reading
        /// Checking a file against its format (a policy's, or a config's, rulebook's, waivers file's or baseline's).
        case format
        /// Putting the run together from its command line, configs, rulebooks and baseline.
        case configuration
        /// Judging the waivers.
        case waivers
        /// Judging the baseline's entries once every policy is checked.
        case baselines
    }

    /// Whether findings of this kind can be about any file policylint reads, not only policies: reading and format
    /// problems. Raised in a config, rulebook, waivers file or baseline, they link to that kind of file's page (see
    /// `DataFileKind`) rather than to their `documentation`, which describes them for policies.
    public var isAboutAnyFile: Bool { stage == .reading || stage == .format }

    /// A kind; reading and format problems leave part of the policy unread unless told otherwise.
    init(_ id: String, _ stage: Stage, _ severity: Severity, _ title: String, _ documentation: String, leavesPartUnread: Bool = true) {
        self.id = id
        self.stage = stage
        self.severity = severity
        self.title = title
        self.documentation = documentation
        self.leavesPartUnread = leavesPartUnread
    }
}
