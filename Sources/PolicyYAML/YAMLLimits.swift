/// Bounds that keep hostile or accidental input from exhausting time or memory.
public struct YAMLLimits: Sendable, Equatable {
    /// The largest file accepted, in bytes.
    public var maxFileBytes: Int
    /// The deepest nesting of collections accepted.
    public var maxDepth: Int
    /// The most nodes that aliases may add by expansion, across one file.
    public var maxAliasExpansion: Int

    /// Creates limits.
    public init(maxFileBytes: Int = Self.defaultMaxFileBytes, maxDepth: Int = 100, maxAliasExpansion: Int = 10_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    /// The default largest file: 10 MiB, far above any real policy.
    public static let defaultMaxFileBytes = 10 * 1024 * 1024

    /// The defaults.
    public static let `default` = YAMLLimits()
}
