/// The version of policylint.
public enum PolicyLintVersion {
    /// The release version, recorded in machine output and reports.
    public static let current = "0.1.0"
    /// Where the project's documentation lives, for help links.
    public static let docsBase = "https://github.com/policylint/policylint/blob/main/docs/"
    /// Where the project's rule documentation lives, for help links.
    public static let rulesDocsBase = "https://github.com/policylint/policylint/blob/main/docs/rules/"
}
