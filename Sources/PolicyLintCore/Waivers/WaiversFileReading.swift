/// A waivers file read as far as its mistakes allow, with every mistake found on the way, so one run reports them all
/// rather than one per attempt.
public struct WaiversFileReading: Sendable {
    /// The file as findings name it.
    public let file: String
    /// The SHA-256 of its bytes in hex; nil when it could not be read.
    public let sha256: String?
    /// Its well-formed waivers, in file order.
    public var waivers: [Waiver]
    /// Every problem found, in file order.
    public var problems: [InputError]

    /// A reading of `file`.
    public init(file: String, sha256: String?, waivers: [Waiver] = [], problems: [InputError] = []) {
        self.file = file
        self.sha256 = sha256
        self.waivers = waivers
        self.problems = problems
    }
}
