/// The root of a SARIF 2.1.0 log, with the one run policylint writes.
struct SARIFLog: Encodable {
    /// One invocation of the tool and what it found.
    struct Run: Encodable {
        /// The tool that ran.
        let tool: Tool
        /// How the run went.
        let invocations: [Invocation]
        /// What `%SRCROOT%` stands for: the folder policylint ran in, when recorded.
        let originalUriBaseIds: [String: BaseURI]?
        /// Every file checked, with its hash.
        let artifacts: [Artifact]
        /// Columns count Unicode scalars, as policylint's do.
        let columnKind: String
        /// The findings.
        let results: [SARIFResult]
        /// The rulebooks in force.
        let properties: RunProperties
    }

    /// The absolute location a `uriBaseId` stands for.
    struct BaseURI: Encodable {
        /// A `file://` URI ending in `/`.
        let uri: String
    }

    /// Run-wide facts that SARIF has no field for.
    struct RunProperties: Encodable {
        /// The rulebooks in force, as `name version`.
        let rulebooks: [String]
        /// The strictest fail threshold in force (see `CheckReport.strictestFailOn`).
        let failOn: String
    }

    /// The tool component wrapper.
    struct Tool: Encodable {
        /// policylint itself.
        let driver: Driver
    }

    /// policylint and the rules that ran.
    struct Driver: Encodable {
        /// Always `policylint`.
        let name: String
        /// The policylint version.
        let version: String
        /// The policylint version as a semantic version.
        let semanticVersion: String
        /// The project's home page.
        let informationUri: String
        /// The rules that ran.
        let rules: [SARIFRuleDescriptor]
        /// The kinds of the configuration problems that stopped the run, when some did.
        var notifications: [SARIFRuleDescriptor]? = nil
    }

    /// How the run ended.
    struct Invocation: Encodable {
        /// False when some input could not be read as a policy, or problems with the configuration stopped the run.
        let executionSuccessful: Bool
        /// The process exit code.
        let exitCode: Int
        /// The problems with the run's configuration (config, rulebook, waivers or baseline file, command line) that
        /// stopped it before any policy was checked.
        var toolConfigurationNotifications: [Notification]? = nil
    }

    /// A problem with the tool's configuration rather than with a policy it analysed.
    struct Notification: Encodable {
        /// Where the problem is written, when it is in a file.
        let locations: [SARIFLocation]?
        /// What is wrong and how to put it right.
        let message: SARIFText
        /// Always `error`: the problem stopped the run.
        let level: String
        /// The kind of problem, described in `tool.driver.notifications`.
        let descriptor: DescriptorReference
    }

    /// A reference to a descriptor by id and index.
    struct DescriptorReference: Encodable {
        /// The descriptor's id, such as `unknown-rule`.
        let id: String
        /// Its index in the array that holds it.
        let index: Int
    }

    /// One checked file.
    struct Artifact: Encodable {
        /// Where it is.
        let location: SARIFLocation.ArtifactLocation
        /// Its SHA-256, under the SARIF key `sha-256`; left out for a file that could not be read.
        let hashes: [String: String]?
    }

    private enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    /// The URI of the SARIF 2.1.0 schema.
    let schema: String
    /// Always `2.1.0`.
    let version: String
    /// The single run.
    let runs: [Run]
}
