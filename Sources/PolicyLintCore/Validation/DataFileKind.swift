/// A kind of file policylint reads besides policies, with the words its errors use for it and the page that documents
/// it, so a problem any file can have (invalid YAML, a wrong type, an unknown key) links to the page about that file.
public enum DataFileKind: Sendable, CaseIterable {
    /// A `.policylint.yaml`, or a file one extends.
    case config
    /// A rulebook of rules.
    case rulebook
    /// A file of waivers, each naming its policy.
    case waivers
    /// A baseline of accepted findings.
    case baseline
    /// The principle catalogues, built into the binary.
    case principles

    /// How errors name a file of this kind: `the config file is empty`.
    public var name: String {
        switch self {
        case .config: return "config file"
        case .rulebook: return "rulebook"
        case .waivers: return "waivers file"
        case .baseline: return "baseline"
        case .principles: return "principles file"
        }
    }

    /// The documentation page (relative to the repository's `docs/`) and heading about this kind of file and its
    /// problems; nil for the principles, which users do not write.
    public var documentation: String? {
        switch self {
        case .config: return "configuration.md#problems-in-a-config"
        case .rulebook: return "rulebooks.md#rulebooks"
        case .waivers: return "ci.md#waivers"
        case .baseline: return "ci.md#baselines"
        case .principles: return nil
        }
    }
}
