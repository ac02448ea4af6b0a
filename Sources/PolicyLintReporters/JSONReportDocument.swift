/// The whole `--format json` document (format version 1).
///
/// ```
/// {
///   "version": 1,
///   "tool": {"name": "policylint", "version": "0.1.0", "rulebooks": ["anti-racist-commissioning 1"]},
///   "summary": {"files": 2, "errors": 1, "warnings": 0, "infos": 0, "waived": 1, "baselined": 0, "failOn": "warning", "exitCode": 1},
///   "files": [{"path": "a.yaml", "role": "policy", "sha256": "…", "policies": ["fund-2027"], "findings": 2, "failOn": null}],
///   "findings": [JSONFindingRecord, …]
/// }
/// ```
/// Keys are always present; absent values are `null`. Severity counts in `summary` exclude waived and baselined findings.
struct JSONReportDocument: Encodable {
    /// The program that wrote the report.
    struct Tool: Encodable {
        /// Always `policylint`.
        let name: String
        /// The policylint version.
        let version: String
        /// The rulebooks in force, as `name version`.
        let rulebooks: [String]
    }

    /// Counts for the whole run.
    struct Summary: Encodable {
        /// Policy files checked (waivers files are not counted).
        let files: Int
        /// Active (not waived) errors.
        let errors: Int
        /// Active warnings, other than stale baseline entries.
        let warnings: Int
        /// Active infos.
        let infos: Int
        /// Findings accepted by a waiver in force.
        let waived: Int
        /// Findings accepted by the baseline.
        let baselined: Int
        /// Baseline entries that accepted no finding, counted apart from the warnings.
        let staleBaselineEntries: Int
        /// The strictest fail threshold in force (see `CheckReport.strictestFailOn`); each file's own is in `files`.
        let failOn: String
        /// The exit code of the run: 0 clean, 1 findings at or above a file's threshold, 2 unusable input.
        let exitCode: Int
    }

    /// One checked file, or a waivers file with findings of its own.
    struct File: Encodable {
        /// The file as named, or `<stdin>`.
        let path: String
        /// `policy` for a file checked as a policy, `waivers` for a waivers file whose entries the run found fault with.
        let role: String
        /// The SHA-256 of the file's bytes, or null when it could not be read.
        let sha256: String?
        /// The ids of the policies it holds.
        let policies: [String]
        /// How many findings (waived and baselined included) point into it.
        let findings: Int
        /// The file's own fail threshold when its config differs from the run's, else null.
        let failOn: String?

        private enum CodingKeys: String, CodingKey {
            case path, role, sha256, policies, findings, failOn
        }

        /// Writes every key, `failOn` as null when the run's threshold applies.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(role, forKey: .role)
            try container.encode(sha256, forKey: .sha256)
            try container.encode(policies, forKey: .policies)
            try container.encode(findings, forKey: .findings)
            try container.encode(failOn, forKey: .failOn)
        }
    }

    /// The version of this JSON shape; bumped on incompatible change.
    let version: Int
    /// The program that wrote the report.
    let tool: Tool
    /// Counts for the whole run.
    let summary: Summary
    /// Every file checked, in order, then each waivers file with findings of its own.
    let files: [File]
    /// Every finding, in file then position order.
    let findings: [JSONFindingRecord]
}
