import XCTest
import PolicyLintTestSupport

/// Which files `check` reads: flags that take values, files named versus found, a config's own files, links and outputs.
final class FileSelectionTests: ScratchFolderTestCase {
    /// A shipped policy that has warnings (`short-application-window`) and no errors.
    private func microPolicy() throws -> String {
        try shippedPolicy("micro-grants-fund.yaml")
    }

    /// Copies the example policy repository (config, local rulebook, waivers, policies) into the test's folder.
    private func copyExampleRepository() throws {
        let source = PackagePaths.root.appendingPathComponent("examples/policy-repo")
        for name in [".policylint.yaml", "rules/local-rules.yaml", "waivers.yaml", "policies/micro-grants-fund.yaml", "policies/youth-services-tender.yaml"] {
            try write(String(contentsOf: source.appendingPathComponent(name), encoding: .utf8), to: name)
        }
    }

    /// The files a concise run reported findings for (the part of each line before the first colon).
    /// The files findings name, leaving out findings about waivers (`[unknown-waiver-policy]`), which name the waivers
    /// file without checking it as a policy.
    private func checkedFiles(_ outcome: BinaryRunner.Outcome) -> Set<String> {
        let aboutPolicies = outcome.stdout.split(separator: "\n").filter { line in
            guard let open = line.firstIndex(of: "["), let close = line[open...].firstIndex(of: "]") else { return true }
            return !line[open..<close].contains("waiver")
        }
        return Set(aboutPolicies.compactMap { line in line.split(separator: ":").first.map(String.init) }
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".md") })
    }

    func testAValueFlagTakesOneValueSoTheNextArgumentIsStillAPath() throws {
        try write(microPolicy(), to: "drafts/a.yaml")
        try write(microPolicy(), to: "other/b.yaml")
        let excluded = try run(["check", "--isolated", "--format", "concise", "--fail-on", "warning", "--exclude", "drafts/**", "other"])
        XCTAssertEqual(excluded.exitCode, 1, excluded.stderr)
        XCTAssertEqual(checkedFiles(excluded), ["other/b.yaml"])

        let ignored = try run(["check", "--isolated", "--format", "concise", "--fail-on", "warning",
                               "--ignore", "short-application-window", "other/b.yaml"])
        XCTAssertNotEqual(ignored.exitCode, 2, ignored.stderr)
        XCTAssertFalse(ignored.stdout.contains("short-application-window"), ignored.stdout)

        let selected = try run(["check", "--isolated", "--format", "concise", "--select", "short-application-window,no-such-rule-x", "other/b.yaml"])
        XCTAssertEqual(selected.exitCode, 2, "comma-separated ids are each checked")
        XCTAssertTrue(selected.stderr.contains("no-such-rule-x"), selected.stderr)
    }

    func testForceExcludeKeepsAConfigsOwnFilesAndExcludedFilesOutOfAPreCommitRun() throws {
        try copyExampleRepository()
        try write(microPolicy(), to: "policies/archive/old.yaml")
        let named = ["waivers.yaml", "rules/local-rules.yaml", "policies/archive/old.yaml", "policies/micro-grants-fund.yaml", ".policylint.yaml"]

        let hook = try run(["check", "--format", "concise", "--force-exclude"] + named)
        XCTAssertNotEqual(hook.exitCode, 2, hook.stderr)
        XCTAssertEqual(checkedFiles(hook), ["policies/micro-grants-fund.yaml"], hook.stdout)

        // Named without --force-exclude, a waivers file is taken at its word and is not a policy.
        XCTAssertEqual(try run(["check", "waivers.yaml"]).exitCode, 2)
    }

    func testWalkingAFolderSkipsTheConfigsRulebooksAndWaiversFiles() throws {
        try write(microPolicy(), to: "policies/micro.yaml")
        try write(String(contentsOf: PackagePaths.root.appendingPathComponent("examples/policy-repo/waivers.yaml"), encoding: .utf8), to: "waivers.yaml")
        try write(String(contentsOf: PackagePaths.root.appendingPathComponent("examples/policy-repo/rules/local-rules.yaml"), encoding: .utf8),
                  to: "rules/local.yaml")
        try write("""
        include: ["**/*.yaml"]
        rulebooks: [rules/local.yaml]
        waivers: [waivers.yaml]
        fail-on: warning

        """, to: ".policylint.yaml")
        let outcome = try run(["check", ".", "--format", "concise"])
        XCTAssertEqual(outcome.exitCode, 1, outcome.stderr)
        XCTAssertEqual(checkedFiles(outcome), ["policies/micro.yaml"], outcome.stdout)
    }

    func testFilesFoundByWalkingAreSpeltWithoutALeadingDotSlash() throws {
        try write(microPolicy(), to: "policies/micro.yaml")
        for folder in [".", "./", "./policies", "././policies/"] {
            let outcome = try run(["check", folder, "--isolated", "--format", "github"])
            XCTAssertNotEqual(outcome.exitCode, 2, outcome.stderr)
            // GitHub attaches an annotation to the diff only when `file=` is spelt as the repository spells the path.
            XCTAssertTrue(outcome.stdout.contains("file=policies/micro.yaml,"), "\(folder): \(outcome.stdout)")
            XCTAssertFalse(outcome.stdout.contains("file=./"), folder)
        }
        let named = try run(["check", "./policies/micro.yaml", "--isolated", "--format", "concise"])
        XCTAssertTrue(named.stdout.hasPrefix("./policies/micro.yaml:"), "a file named on the command line keeps its spelling")
    }

    func testMarkdownIsFoundByWalkingOnlyWhereAnIncludeNamesIt() throws {
        let prose = "# Grants\n\nApplicants must provide match funding of 20% of the project costs.\n"
        try write(prose, to: "policies/tender.md")
        try write(microPolicy(), to: "policies/micro.yaml")
        let isolated = try run(["check", "policies", "--isolated", "--format", "concise"])
        XCTAssertFalse(checkedFiles(isolated).contains("policies/tender.md"), isolated.stdout)

        try write("include: [\"policies/**\"]\n", to: ".policylint.yaml")
        let broad = try run(["check", "policies", "--format", "concise"])
        XCTAssertFalse(checkedFiles(broad).contains("policies/tender.md"), "a glob that does not name .md keeps READMEs out")

        try write("include: [\"policies/**/*.yaml\", \"policies/**/*.md\"]\n", to: ".policylint.yaml")
        let named = try run(["check", "policies", "--format", "concise"])
        XCTAssertTrue(checkedFiles(named).contains("policies/tender.md"), named.stdout + named.stderr)
        XCTAssertTrue(named.stdout.contains("match-funding-in-prose"), named.stdout)
    }

    func testOutputOverAFileBeingCheckedIsRefusedAndTheFileKept() throws {
        let policy = try microPolicy()
        try write(policy, to: "p.yaml")
        let outcome = try run(["check", "p.yaml", "--isolated", "--format", "json", "--output", "./p.yaml"])
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stderr.contains("would overwrite"), outcome.stderr)
        XCTAssertEqual(try String(contentsOf: directory.appendingPathComponent("p.yaml"), encoding: .utf8), policy)
    }

    /// An output over a file the run reads besides policies (its config, rulebook, waivers file or baseline), or over
    /// another output of the run, is refused like one over a policy: writing it replaced the council's config or waivers.
    func testOutputOverAFileTheRunReadsIsRefusedAndTheFileKept() throws {
        try copyExampleRepository()
        try write(microPolicy(), to: "extra/micro.yaml")
        try write("waivers: []\n", to: "extra/waivers.yaml")
        for (target, kind) in [(".policylint.yaml", "config"), ("waivers.yaml", "waivers file"), ("./rules/local-rules.yaml", "rulebook")] {
            let before = try read(target)
            for command in [["check", "policies", "--format", "json", "-o", target], ["report", "policies", "-o", target],
                            ["check", "policies", "--write-baseline", target]] {
                let outcome = try run(command)
                XCTAssertEqual(outcome.exitCode, 2, "\(command): \(outcome.stderr)")
                XCTAssertTrue(outcome.stderr.contains("error[output-is-input]") && outcome.stderr.contains("would overwrite the \(kind) this run reads"),
                              "\(command): \(outcome.stderr)")
                XCTAssertEqual(try read(target), before, "\(command) left \(target) as it was")
            }
        }
        let named = try run(["check", "extra/micro.yaml", "--isolated", "--waivers", "extra/waivers.yaml", "-o", "extra/waivers.yaml"])
        XCTAssertEqual(named.exitCode, 2, named.stderr)
        XCTAssertTrue(named.stderr.contains("would overwrite the waivers file this run reads"), named.stderr)
        XCTAssertEqual(try read("extra/waivers.yaml"), "waivers: []\n")

        XCTAssertEqual(try run(["check", "policies", "--write-baseline", "baseline.json"]).exitCode, 0)
        let baseline = try read("baseline.json")
        let overBaseline = try run(["check", "policies", "--baseline", "baseline.json", "--format", "json", "-o", "baseline.json"])
        XCTAssertEqual(overBaseline.exitCode, 2, overBaseline.stderr)
        XCTAssertTrue(overBaseline.stderr.contains("would overwrite the baseline this run reads"), overBaseline.stderr)
        XCTAssertEqual(try read("baseline.json"), baseline)
        let refreshed = try run(["check", "policies", "--baseline", "baseline.json", "--write-baseline", "baseline.json"])
        XCTAssertEqual(refreshed.exitCode, 0, "rewriting the baseline read is how it is refreshed: \(refreshed.stderr)")

        let both = try run(["check", "policies", "--write-baseline", "new.json", "--format", "json", "-o", "./new.json"])
        XCTAssertEqual(both.exitCode, 2, both.stderr)
        XCTAssertTrue(both.stderr.contains("--output ./new.json and --write-baseline name the same file"), both.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("new.json").path))
    }

    func testLinksCannotLoopAndOneFileIsCheckedOnceHoweverItIsSpelled() throws {
        try write(microPolicy(), to: "d/a.yaml")
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("d/loop").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("d/self").path, withDestinationPath: ".")
        let walked = try run(["check", "d", "--isolated", "--format", "concise", "--fail-on", "warning"])
        XCTAssertEqual(walked.exitCode, 1, walked.stderr)
        XCTAssertEqual(checkedFiles(walked), ["d/a.yaml"], walked.stdout)

        let twice = try run(["check", "./d/a.yaml", "d/a.yaml", "d/../d/a.yaml", "--isolated", "--format", "json"])
        let report = try JSONSerialization.jsonObject(with: Data(twice.stdout.utf8)) as? [String: Any]
        XCTAssertEqual((report?["files"] as? [Any])?.count, 1, twice.stdout)
    }

    func testALinkToAMissingPolicyIsReportedWhenAFolderIsWalked() throws {
        try write(microPolicy(), to: "d/a.yaml")
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("d/moved.yaml").path, withDestinationPath: "/nonexistent/moved.yaml")
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("d/notes").path, withDestinationPath: "/nonexistent/notes")
        let walked = try run(["check", "d", "--isolated", "--format", "concise"])
        XCTAssertEqual(walked.exitCode, 2, "a policy that cannot be read is bad input, not silence: \(walked.stdout)")
        XCTAssertTrue(walked.stdout.contains("d/moved.yaml:1:1: error[unreadable-file]"), walked.stdout)
        XCTAssertFalse(walked.stdout.contains("notes"), "a dangling link without a policy's extension is not a policy")
    }

    /// A named pipe with a policy's extension in a walked folder is reported as unreadable, as a dangling link is; it
    /// hung the run, as looking for the generated-output mark opened it for reading and waited for a writer.
    func testANamedPipeFoundByWalkingIsReportedNotWaitedOn() throws {
        try write(microPolicy(), to: "d/a.yaml")
        XCTAssertEqual(mkfifo(directory.appendingPathComponent("d/pipe.yaml").path, 0o644), 0)
        let walked = try BinaryRunner.run(["check", "d", "--isolated", "--format", "concise"], in: directory, timeout: 30)
        XCTAssertEqual(walked.exitCode, 2, "killed after 30 s, or not reported: \(walked.stdout)\(walked.stderr)")
        XCTAssertTrue(walked.stdout.contains("d/pipe.yaml:1:1: error[unreadable-file]"), walked.stdout)
        XCTAssertTrue(walked.stdout.contains("d/a.yaml:71:11: warning[short-application-window]"), walked.stdout)
    }

    func testAPolicyIDUsedTwiceInARunIsReportedAtTheRepeat() throws {
        let policy = try microPolicy()
        try write(policy, to: "d/a.yaml")
        try write(policy, to: "d/b.yaml")
        let across = try run(["check", "d", "--isolated", "--format", "concise", "--fail-on", "warning"])
        XCTAssertEqual(across.exitCode, 1, "a repeated id makes waivers and baselines ambiguous: \(across.stdout)")
        let repeats = across.stdout.components(separatedBy: "\n").filter { $0.contains("duplicate-policy-id") }
        XCTAssertEqual(repeats.count, 1, across.stdout)
        XCTAssertTrue(repeats.first?.hasPrefix("d/b.yaml:4:5: warning[duplicate-policy-id] policy id 'micro-grants-fund' is already used by the policy at d/a.yaml:4:5") ?? false, across.stdout)

        try write(policy + "---\n" + policy, to: "one.yaml")
        let within = try run(["check", "one.yaml", "--isolated", "--format", "concise", "--fail-on", "warning"])
        XCTAssertEqual(within.exitCode, 1, within.stdout)
        XCTAssertEqual(within.stdout.components(separatedBy: "duplicate-policy-id").count - 1, 1, within.stdout)
        XCTAssertTrue(within.stdout.contains("is already used by the policy at one.yaml:4:5"), within.stdout)

        // Folders with configs of their own are separate repositories, with waivers of their own: no clash.
        try write("fail-on: warning\n", to: "d/.policylint.yaml")
        try write(policy, to: "e/a.yaml")
        try write("fail-on: warning\n", to: "e/.policylint.yaml")
        let separate = try run(["check", "d/a.yaml", "e/a.yaml", "--format", "concise"])
        XCTAssertFalse(separate.stdout.contains("duplicate-policy-id"), separate.stdout)
    }

    func testSelectOnTheCommandLineWinsOverAConfigThatSwitchesTheRuleOff() throws {
        try write(microPolicy(), to: "p.yaml")
        try write("rules:\n  short-application-window: off\n", to: ".policylint.yaml")
        let off = try run(["check", "p.yaml", "--format", "concise", "--fail-on", "warning"])
        XCTAssertFalse(off.stdout.contains("short-application-window"), off.stdout)
        let selected = try run(["check", "p.yaml", "--format", "concise", "--fail-on", "warning", "--select", "short-application-window"])
        XCTAssertEqual(selected.exitCode, 1, selected.stderr)
        XCTAssertTrue(selected.stdout.contains("short-application-window"), selected.stdout)
        // --ignore still wins over --select, as before.
        let ignored = try run(["check", "p.yaml", "--format", "concise", "--select", "short-application-window", "--ignore", "short-application-window"])
        XCTAssertFalse(ignored.stdout.contains("short-application-window"), ignored.stdout)
    }

    func testASelectionNamingNothingIsAUsageErrorNotARunOfNoRules() throws {
        try write(microPolicy(), to: "p.yaml")
        for empty in ["", ",", " , "] {
            let outcome = try run(["check", "p.yaml", "--select", empty])
            XCTAssertEqual(outcome.exitCode, 2, "--select '\(empty)': \(outcome.stdout)")
            XCTAssertTrue(outcome.stderr.contains("--select names no rule"), outcome.stderr)
        }
    }

    func testIsolatedAndConfigTogetherAreRefused() throws {
        try write(microPolicy(), to: "p.yaml")
        try write("fail-on: warning\n", to: "c.yaml")
        for command in ["check", "report"] {
            let outcome = try run([command, "p.yaml", "--isolated", "--config", "c.yaml"])
            XCTAssertEqual(outcome.exitCode, 2, command)
            XCTAssertTrue(outcome.stderr.contains("cannot be given with --config"), outcome.stderr)
        }
    }
}
