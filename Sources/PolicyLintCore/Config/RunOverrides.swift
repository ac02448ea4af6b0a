/// What the command line says, which wins over any config file.
public struct RunOverrides: Sendable {
    /// Extra rulebooks named with `--rules`.
    public var rulebooks: [String]
    /// `--no-builtin`.
    public var noBuiltin: Bool
    /// `--select`, when given.
    public var select: [String]?
    /// `--ignore`.
    public var ignore: [String]
    /// `--preview`.
    public var preview: Bool
    /// `--fail-on`, when given.
    public var failOn: Severity?
    /// `--waivers` files.
    public var waivers: [String]

    /// Creates overrides; all default to "not given".
    public init(rulebooks: [String] = [], noBuiltin: Bool = false, select: [String]? = nil, ignore: [String] = [],
                preview: Bool = false, failOn: Severity? = nil, waivers: [String] = []) {
        self.rulebooks = rulebooks
        self.noBuiltin = noBuiltin
        self.select = select
        self.ignore = ignore
        self.preview = preview
        self.failOn = failOn
        self.waivers = waivers
    }
}
