/// Who checked, when, and with what: the audit trail at the end of a pre-launch report.
public struct SignOffRecord: Sendable {
    /// One rulebook in force.
    public struct RulebookEntry: Sendable, Equatable {
        /// Its name.
        public let name: String
        /// Its content version.
        public let version: String
        /// The file it was read from (`<built-in>` for the built-in rulebook).
        public let file: String
        /// The SHA-256 of the file's bytes; nil for the built-in rulebook, which its version identifies.
        public let sha256: String?

        /// Creates an entry.
        public init(name: String, version: String, file: String, sha256: String? = nil) {
            self.name = name
            self.version = version
            self.file = file
            self.sha256 = sha256
        }
    }

    /// The person who ran the check.
    public let checkedBy: String
    /// The report date, `YYYY-MM-DD`; waivers are judged against it.
    public let reportDate: String
    /// When the report was made: an ISO 8601 time, or the report date when it was fixed with `--date`.
    public let generatedAt: String
    /// The policylint version.
    public let toolVersion: String
    /// The rulebooks in force.
    public let rulebooks: [RulebookEntry]
    /// The config files that governed the run, with those they extend (empty: built-in defaults).
    public let configFiles: [HashedFile]
    /// Waivers files read (waivers written inside policies are not listed here).
    public let waiverFiles: [HashedFile]
    /// How many rules ran.
    public let ruleCount: Int

    /// Creates a record.
    public init(checkedBy: String, reportDate: String, generatedAt: String, toolVersion: String, rulebooks: [RulebookEntry],
                configFiles: [HashedFile], waiverFiles: [HashedFile], ruleCount: Int) {
        self.checkedBy = checkedBy
        self.reportDate = reportDate
        self.generatedAt = generatedAt
        self.toolVersion = toolVersion
        self.rulebooks = rulebooks
        self.configFiles = configFiles
        self.waiverFiles = waiverFiles
        self.ruleCount = ruleCount
    }

    /// Every file besides the policies that decided the verdicts, with what it is: config files, waivers files and
    /// rulebooks read from disk (the built-in rulebook is identified by its version instead).
    public var filesInForce: [(role: String, file: HashedFile)] {
        configFiles.map { ("Config file", $0) } + waiverFiles.map { ("Waivers file", $0) }
            + rulebooks.compactMap { rulebook in
                rulebook.sha256.map { ("Rulebook \(rulebook.name) version \(rulebook.version)", HashedFile(path: rulebook.file, sha256: $0)) }
            }
    }
}
