/// The outcome of checking one file.
public struct FileReport: Sendable {
    /// The file as named (or `<stdin>`).
    public let path: String
    /// The ids of the policies it holds, in order.
    public let policyIDs: [String]
    /// Every finding in the file, ordered by position.
    public var findings: [Finding]
    /// A digest of the file's bytes, for audit trails.
    public let sha256: String
    /// The fail threshold of the config that governs this file, when it differs from the run's.
    public var failOn: Severity?

    /// Creates a file report.
    public init(path: String, policyIDs: [String], findings: [Finding], sha256: String) {
        self.path = path
        self.policyIDs = policyIDs
        self.findings = findings
        self.sha256 = sha256
    }
}
