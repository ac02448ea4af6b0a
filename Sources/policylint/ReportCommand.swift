import ArgumentParser
import Foundation
import PolicyCondition
import PolicyLintCore
import PolicyLintReporters
import PolicyYAML

extension PolicyLint {
    /// `policylint report`: the officers' pre-launch report, as one self-contained HTML page or as Markdown.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write a pre-launch report for officers: a readable, printable check of policies before they go live.",
            discussion: """
            Runs the same check as `policylint check` (same config, rules and waivers) and writes one report covering every \
            policy: whether it is ready to launch, a principle scorecard, each finding in plain language, the waivers in force \
            and a sign-off record with each file's SHA-256. A policy is ready to launch when all of it can be read and no finding \
            at or above --fail-on (default: error) is left open. Baselines are not applied: every barrier counts. \
            Exit codes: 0 every policy ready; 1 findings at or above --fail-on; 2 usage error, or a policy that could not be \
            checked or was only partly read (such as a misspelt key). \
            The report is written even when there are findings.
            """
        )

        @Argument(help: ArgumentHelp("Policy files or directories; '-' for standard input.", valueName: "policy"))
        var paths: [String] = []

        @Option(help: ArgumentHelp("Report format: html or markdown.", valueName: "format"))
        var format: ReportFormat = .html

        @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to a file instead of standard output.", valueName: "file"))
        var output: String?

        @Option(help: ArgumentHelp("The person recorded as having run the check. Default: the USER environment variable.", valueName: "name"))
        var checkedBy: String?

        @Option(name: [.customLong("date"), .customLong("today")],
                help: ArgumentHelp("The report date (YYYY-MM-DD), against which waiver expiry is judged. Default: today.", valueName: "date"))
        var date: String?

        @Option(help: ArgumentHelp("The lowest severity that stops a launch (exit code 1): error, warning or info. Default: the config's, else error.", valueName: "severity"))
        var failOn: Severity?

        // One glob per flag, so the paths after `--exclude GLOB` are still paths.
        @Option(help: ArgumentHelp("Skip paths matching this glob (such as 'drafts/**'). Repeatable.", valueName: "glob"))
        var exclude: [String] = []

        @Flag(help: "Apply the config's include and exclude to files named on the command line too, and never check the config's own rulebooks and waivers files as policies: for pre-commit hooks, which name every changed file.")
        var forceExclude = false

        @Option(help: ArgumentHelp("The largest policy file accepted, in bytes.", valueName: "bytes"))
        var maxFileSize: Int = YAMLLimits.defaultMaxFileBytes

        @Option(help: ArgumentHelp("A waivers file (waivers: [{policy, rule, path, reason, approver, expires}]). Repeatable.", valueName: "file"))
        var waivers: [String] = []

        @Option(help: ArgumentHelp("Use this config file for every file, instead of the nearest .policylint.yaml.", valueName: "file"))
        var config: String?

        @Flag(help: "Ignore every config file.")
        var isolated = false

        @Option(help: ArgumentHelp("The file name standard input ('-') stands for: its extension says whether it is YAML, Markdown or text, output names it, and the nearest config to it applies.", valueName: "path"))
        var stdinFilename: String?

        @OptionGroup var ruleOptions: RuleOptions

        func validate() throws {
            let flags: [EmptyPathCheck.Given] = [
                .init(name: "--output", value: output, alternative: "'-' for standard output"),
                .init(name: "--config", value: config), .init(name: "--stdin-filename", value: stdinFilename),
            ]
            try EmptyPathCheck.refuse(EmptyPathCheck.each("a path to report on", paths, kind: "file or folder", alternative: "'-' for standard input")
                                      + flags + EmptyPathCheck.each("--waivers", waivers))
            if stdinFilename != nil, !paths.contains("-") { throw ValidationError("--stdin-filename names standard input, so give '-' as a path too") }
            if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("'-' is given more than once, but standard input can be read only once; give it once") }
            if isolated, config != nil { throw ValidationError("--isolated ignores every config file, so it cannot be given with --config") }
            if paths.isEmpty { throw ValidationError("name at least one policy file or directory to report on") }
            if maxFileSize < 1 { throw ValidationError("--max-file-size must be at least 1 byte") }
            if let date, CalendarDate.parse(date) == nil { throw ValidationError("--date must be a date written YYYY-MM-DD") }
            if let checkedBy, checkedBy.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--checked-by must name someone") }
        }

        func run() throws {
            var run: PlannedRun
            let catalogues: PrincipleCatalogues
            do {
                run = try PlannedRun(paths: paths, exclude: exclude, forceExclude: forceExclude, ruleOptions: ruleOptions, failOn: failOn,
                                     waivers: waivers, config: config, isolated: isolated,
                                     stdinName: stdinFilename)
                try run.refuseOverwritingInput([("--output", output)])
                catalogues = try PrincipleCatalogues.builtIn()
            } catch let error as InputError {
                throw InputErrorPrinter.fail(InputErrors(error), colour: false, notDone: "nothing was checked and no report was written")
            } catch let error as InputErrors {
                throw InputErrorPrinter.fail(error, colour: false, notDone: "nothing was checked and no report was written")
            }
            if run.groups.isEmpty {
                throw InputErrorPrinter.fail(InputErrors(InputError(id: "no-policy-files", message: "no policy files found in \(paths.joined(separator: ", "))")),
                                             colour: false, notDone: "nothing was checked and no report was written")
            }
            let now = Date()
            let reportDay = date.flatMap(CalendarDate.parse) ?? now
            let limits = YAMLLimits(maxFileBytes: maxFileSize)
            // Standard input cannot be read twice, so it is read once here for both its title and its check.
            if run.files.contains("-") { run.readAheadStdin = SourceLoader.load("-", limits: limits, stdinName: stdinFilename) }
            let checkReport = run.lint(maxFileSize: maxFileSize, today: reportDay, failOn: failOn)
            let report = PrelaunchReport(report: checkReport, catalogues: catalogues, rules: run.rules,
                                         headings: headings(of: run.files, stdin: run.readAheadStdin, limits: limits), signOff: signOffRecord(run, now: now, reportDay: reportDay),
                                         reportDate: reportDay)
            let text = format == .html ? HTMLReportRenderer().render(report) : MarkdownReportRenderer().render(report)
            do {
                try OutputWriter.write(text, to: output)
            } catch {
                throw InputErrorPrinter.failWriting(error, outcome: "the policies were checked, but the report could not be written")
            }
            if let output, output != "-" {
                OutputWriter.error("policylint: wrote \(output) (\(report.scopeText)). \(report.overallSentence)")
            }
            // The verdicts decide: a policy only partly read (a misspelt key) is not ready, although `check` passes it.
            if report.exitCode != 0 { throw ExitCode(report.exitCode) }
        }

        /// The audit record: who, when, and which rulebooks, config and waivers files.
        private func signOffRecord(_ run: PlannedRun, now: Date, reportDay: Date) -> SignOffRecord {
            let environment = ProcessInfo.processInfo.environment
            let person = checkedBy ?? environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LOGNAME"] ?? "unknown"
            let generatedAt: String
            if date != nil {
                generatedAt = "\(CalendarDate.format(reportDay)) (date fixed with --date)"
            } else {
                let formatter = ISO8601DateFormatter()
                formatter.timeZone = TimeZone(identifier: "UTC")
                generatedAt = formatter.string(from: now)
            }
            var rulebooks: [SignOffRecord.RulebookEntry] = []
            var configs: [HashedFile] = []
            var waiverFiles: [HashedFile] = []
            for group in run.groups {
                for rulebook in group.plan.builder.rulebooks {
                    let isBuiltIn = rulebook.file.hasPrefix("<built-in>")
                    let entry = SignOffRecord.RulebookEntry(name: rulebook.name, version: rulebook.version,
                                                            file: isBuiltIn ? rulebook.file : Self.shownPath(rulebook.file),
                                                            sha256: isBuiltIn ? nil : Self.hashed(rulebook.file).sha256)
                    if !rulebooks.contains(entry) { rulebooks.append(entry) }
                }
                let config = group.plan.config
                for file in (config.file.map { [$0] } ?? []) + config.extendedFiles {
                    let entry = Self.hashed(file)
                    if !configs.contains(entry) { configs.append(entry) }
                }
                for file in config.waivers + waivers {
                    let entry = Self.hashed(file)
                    if !waiverFiles.contains(entry) { waiverFiles.append(entry) }
                }
            }
            return SignOffRecord(checkedBy: person, reportDate: CalendarDate.format(reportDay), generatedAt: generatedAt,
                                 toolVersion: PolicyLintVersion.current, rulebooks: rulebooks, configFiles: configs,
                                 waiverFiles: waiverFiles, ruleCount: run.rules.count)
        }

        /// A file as the sign-off record names it: relative to the working directory when inside it.
        private static func shownPath(_ path: String) -> String {
            FileCollector.relativePath(path, to: FileManager.default.currentDirectoryPath)
        }

        /// A file with the SHA-256 of its bytes as they are now (nil when it cannot be read).
        private static func hashed(_ path: String) -> HashedFile {
            HashedFile(path: shownPath(path), sha256: FileManager.default.contents(atPath: path).map { SHA256.hex([UInt8]($0)) })
        }

        /// The policies in each file, keyed by the name its report carries: each policy's id and `title` field, read again
        /// from disk (standard input from what was read ahead), or a Markdown document's first top-level heading.
        private func headings(of files: [String], stdin: SourceLoader.Outcome?, limits: YAMLLimits) -> [String: [PolicyHeading]] {
            var headings: [String: [PolicyHeading]] = [:]
            for file in files {
                let loaded = file == "-" ? stdin : SourceLoader.load(file, limits: limits)
                guard case .success(let source)? = loaded else { continue }
                headings[source.name] = Self.headings(of: source, limits: limits)
            }
            return headings
        }

        /// The policies in one source: a Markdown document titled by its first `# heading`, or each YAML policy.
        private static func headings(of source: SourceText, limits: YAMLLimits) -> [PolicyHeading] {
            if ProseDocument.isProse(source.name) {
                return [PolicyHeading(documentIndex: 0, id: nil, title: ProseTitle.of(source))]
            }
            return PolicyReader(limits: limits).read(source).documents.map { document in
                var title: String?
                if case .string(let text)? = document.value[.string("title")] { title = text }
                return PolicyHeading(documentIndex: document.document.index, id: document.id, title: title)
            }
        }
    }
}
