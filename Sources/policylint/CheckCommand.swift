import ArgumentParser
import Foundation
import PolicyLintCore
import PolicyLintReporters
import PolicyYAML

extension Severity: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

extension PolicyLint {
    /// `policylint check`: checks policy files and reports findings.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check policy files for barriers.",
            discussion: "Directories are searched recursively for *.yaml and *.yml files; '-' reads standard input."
        )

        @Argument(help: ArgumentHelp("Policy files or directories; '-' for standard input.", valueName: "path"))
        var paths: [String] = ["policies"]

        @Option(help: ArgumentHelp("Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
        var format: OutputFormat = .text

        @Option(name: .shortAndLong, help: ArgumentHelp("Write the output to a file instead of standard output.", valueName: "file"))
        var output: String?

        @Option(help: ArgumentHelp("The lowest severity that fails the run (exit code 1): error, warning or info. Default: the config's, else error.", valueName: "severity"))
        var failOn: Severity?

        // One glob per flag, so the paths after `--exclude GLOB` are still paths.
        @Option(help: ArgumentHelp("Skip paths matching this glob (such as 'drafts/**'). Repeatable.", valueName: "glob"))
        var exclude: [String] = []

        @Flag(help: "Apply the config's include and exclude to files named on the command line too, and never check the config's own rulebooks and waivers files as policies: for pre-commit hooks, which name every changed file.")
        var forceExclude = false

        // Unconditional, so `-j -1` reaches validate() and its message rather than "Missing value".
        @Option(name: .shortAndLong, parsing: .unconditional, help: ArgumentHelp("How many cores to check on; 0 (the default) uses every core. Files are shared out between them (a single file, its prose). Output never depends on it.", valueName: "n"))
        var jobs: Int = 0

        @Option(help: ArgumentHelp("The largest policy file accepted, in bytes.", valueName: "bytes"))
        var maxFileSize: Int = YAMLLimits.defaultMaxFileBytes

        @Option(help: "Colour: auto (on a terminal, unless NO_COLOR is set), always or never.")
        var color: ColourChoice = .auto

        @Option(help: ArgumentHelp("A waivers file (waivers: [{policy, rule, path, reason, approver, expires}]). Repeatable.", valueName: "file"))
        var waivers: [String] = []

        @Option(help: ArgumentHelp("Accept the findings recorded in this baseline file; only new findings fail.", valueName: "file"))
        var baseline: String?

        @Flag(help: "Fail the run (exit code 1) when the baseline has stale entries, which accept no finding any more; without it they are reported apart from the warnings and never fail it.")
        var failOnStaleBaseline = false

        @Option(help: ArgumentHelp("Write every current finding to this baseline file, then exit 0 unless input could not be checked.", valueName: "file"))
        var writeBaseline: String?

        @Option(help: ArgumentHelp("Judge waiver expiry as of this date (YYYY-MM-DD) instead of today.", valueName: "date"))
        var today: String?

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
                .init(name: "--baseline", value: baseline), .init(name: "--write-baseline", value: writeBaseline),
                .init(name: "--config", value: config), .init(name: "--stdin-filename", value: stdinFilename),
            ]
            try EmptyPathCheck.refuse(EmptyPathCheck.each("a path to check", paths, kind: "file or folder", alternative: "'-' for standard input")
                                      + flags + EmptyPathCheck.each("--waivers", waivers))
            if stdinFilename != nil, !paths.contains("-") { throw ValidationError("--stdin-filename names standard input, so give '-' as a path too") }
            if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("'-' is given more than once, but standard input can be read only once; give it once") }
            if isolated, config != nil { throw ValidationError("--isolated ignores every config file, so it cannot be given with --config") }
            if maxFileSize < 1 { throw ValidationError("--max-file-size must be at least 1 byte") }
            if jobs < 0 { throw ValidationError("--jobs must be 0 (every core) or more") }
            if let problem = exclude.lazy.compactMap(Glob.problem(in:)).first { throw ValidationError("--exclude: \(problem)") }
            if let today, CalendarDate.parse(today) == nil { throw ValidationError("--today must be a date written YYYY-MM-DD") }
        }

        func run() throws {
            let colour = output == nil && color.enabled
            let run: PlannedRun
            var accepted: Baseline?
            do {
                run = try PlannedRun(paths: paths, exclude: exclude, forceExclude: forceExclude, ruleOptions: ruleOptions, failOn: failOn,
                                     waivers: waivers, config: config, isolated: isolated,
                                     stdinName: stdinFilename)
                // Writing the baseline over the one read refreshes it; the output over it would lose it.
                try run.refuseOverwritingInput([("--write-baseline", writeBaseline), ("--output", output)])
                try run.refuseOverwritingInput([("--output", output)], alsoRead: [(baseline, "baseline")])
                if let baseline { accepted = try Baseline.load(path: baseline) }
            } catch let error as InputError {
                throw stop(InputErrors(error), colour: colour)
            } catch let error as InputErrors {
                throw stop(error, colour: colour)
            }
            let groups = run.groups
            if groups.isEmpty {
                throw stop(InputErrors(InputError(id: "no-policy-files", message: "no policy files found in \(paths.joined(separator: ", "))")),
                           colour: colour)
            }
            let day = today.flatMap(CalendarDate.parse) ?? Date()
            var rulebookNames: [String] = []
            for rulebook in groups.flatMap(\.plan.builder.rulebooks) {
                let name = rulebook.version.isEmpty ? rulebook.name : "\(rulebook.name) \(rulebook.version)"
                if !rulebookNames.contains(name) { rulebookNames.append(name) }
            }
            let context = ReportContext(rules: run.rules, colour: colour, rulebooks: rulebookNames, comparedWithBaseline: accepted != nil,
                                        workingDirectory: FileManager.default.currentDirectoryPath)
            let exitCode: Int32
            do {
                if let streaming = format.reporter as? any StreamingReporter {
                    exitCode = try streamOutput(run, reporter: streaming, context: context, day: day, accepted: accepted)
                } else {
                    exitCode = try collectedOutput(run, context: context, day: day, accepted: accepted)
                }
            } catch {
                throw error.id == "cannot-write" ? InputErrorPrinter.failWriting(error, outcome: "the files were checked, but the output could not be written") : InputErrorPrinter.fail(InputErrors(error), colour: false, notDone: "nothing was checked")
            }
            // Output is complete; ending the process here, with the run still alive, spares freeing the compiled
            // rule set (hundreds of patterns and conditions) object by object, a few per cent of a one-file check.
            withExtendedLifetime(run) { Foundation.exit(exitCode) }
        }

        /// Reports errors that stopped the run before any policy was checked, on standard error and also as the output
        /// asked for (a whole document, written atomically), so a CI step that reads or uploads that output finds the cause
        /// rather than no file. Text and concise output to the terminal would only repeat standard error, so are not
        /// written; an output path that is one of the files to check is never written. Returns the exit code, 2.
        private func stop(_ errors: InputErrors, colour: Bool) -> ExitCode {
            let code = InputErrorPrinter.fail(errors, colour: colour, notDone: "nothing was checked")
            let toFile = output.map { $0 != "-" } ?? false
            let repeatsStandardError = !toFile && (format == .text || format == .concise)
            guard !repeatsStandardError, !errors.errors.contains(where: { $0.id == "output-is-input" }) else { return code }
            // The files to check are unknown when the run stopped early: never write over one that may be a policy.
            let named = paths + [config, baseline].compactMap { $0 } + waivers + ruleOptions.rulebooks
            if let output, !OutputWriter.mayReplace(output, namedPaths: named) {
                OutputWriter.error("policylint: --output \(output) was not written: it is named on the command line to be read, or may be a policy")
                return code
            }
            let report = CheckReport(stoppedBy: errors, failOn: failOn ?? .error)
            let context = ReportContext(workingDirectory: FileManager.default.currentDirectoryPath)
            do {
                try OutputWriter.write(format.reporter.render(report, context: context), to: output)
            } catch {
                OutputWriter.error(error.description)
            }
            return code
        }

        /// Writes each file's output as soon as it is checked, so memory stays set by the largest file.
        private func streamOutput(_ run: PlannedRun, reporter: any StreamingReporter, context: ReportContext, day: Date,
                                  accepted: Baseline?) throws(InputError) -> Int32 {
            let sink = try OutputWriter.Stream(path: output)
            var tally = RunTally()
            var entries: [Baseline.Entry] = []
            let matcher = accepted?.matcher()
            let rulesOfFile = run.ruleIDsByFile()
            let threshold = failOn ?? run.strictestFailOn
            run.stream(maxFileSize: maxFileSize, today: day, jobs: jobs) { checked in
                var file = checked
                if writeBaseline != nil {
                    let own = Baseline.entries(of: file)
                    entries += own
                    Baseline(entries: own).matcher().mark(&file)
                } else {
                    matcher?.mark(&file, rulesInForce: rulesOfFile(file.path))
                }
                tally.add(file, failOn: threshold)
                sink.write(reporter.renderFile(file, context: context))
            }
            if let stale = matcher?.staleEntriesReport(failing: failOnStaleBaseline) {
                tally.add(stale, failOn: threshold)
                sink.write(reporter.renderFile(stale, context: context))
            }
            if let writeBaseline {
                do {
                    try OutputWriter.write(Baseline(entries: entries).encoded(), to: writeBaseline)
                } catch {
                    sink.discard()
                    throw error
                }
            }
            sink.write(reporter.renderSummary(tally, context: context))
            try sink.commit()
            return tally.exitCode
        }

        /// Collects every file's findings first, for formats that describe the whole run at once (JSON, SARIF, JUnit, Markdown).
        private func collectedOutput(_ run: PlannedRun, context: ReportContext, day: Date, accepted: Baseline?) throws(InputError) -> Int32 {
            var report = run.lint(maxFileSize: maxFileSize, today: day, failOn: failOn, jobs: jobs)
            if let writeBaseline {
                let written = Baseline(report: report)
                try OutputWriter.write(written.encoded(), to: writeBaseline)
                written.mark(&report)
            } else if let accepted {
                let matcher = accepted.matcher()
                let rulesOfFile = run.ruleIDsByFile()
                for index in report.files.indices {
                    matcher.mark(&report.files[index], rulesInForce: rulesOfFile(report.files[index].path))
                }
                if let stale = matcher.staleEntriesReport(failing: failOnStaleBaseline) { report.files.append(stale) }
            }
            try OutputWriter.write(format.reporter.render(report, context: context), to: output)
            return report.exitCode
        }
    }
}
