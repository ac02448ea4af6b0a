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

        /// Creates an entry.
        public init(name: String, version: String, file: String) {
            self.name = name
            self.version = version
            self.file = file
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
    /// The config files that governed the run (empty: built-in defaults).
    public let configFiles: [String]
    /// Waivers files read (waivers written inside policies are not listed here).
    public let waiverFiles: [String]
    /// How many rules ran.
    public let ruleCount: Int

    /// Creates a record.
    public init(checkedBy: String, reportDate: String, generatedAt: String, toolVersion: String, rulebooks: [RulebookEntry],
                configFiles: [String], waiverFiles: [String], ruleCount: Int) {
        self.checkedBy = checkedBy
        self.reportDate = reportDate
        self.generatedAt = generatedAt
        self.toolVersion = toolVersion
        self.rulebooks = rulebooks
        self.configFiles = configFiles
        self.waiverFiles = waiverFiles
        self.ruleCount = ruleCount
    }
}
