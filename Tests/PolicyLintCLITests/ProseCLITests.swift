import Foundation
import XCTest
import PolicyLintTestSupport

/// Prose from the command line: Markdown tenders, text rules in YAML policies, the evaluation.
final class ProseCLITests: XCTestCase {
    func testAMarkdownTenderReportsFindingsAtItsLines() throws {
        let outcome = try BinaryRunner.run(["check", "policies/prose/community-meals-tender.md", "--format", "concise"])
        XCTAssertEqual(outcome.exitCode, 1, outcome.stdout + outcome.stderr)
        let file = "policies/prose/community-meals-tender.md"
        for expected in ["\(file):13:11: error[registered-charities-only-in-prose]", "\(file):14:30: warning[minimum-turnover-in-prose]",
                         "\(file):22:21: error[audited-accounts-in-prose]", "\(file):28:31: warning[payment-in-arrears-in-prose]",
                         "\(file):34:1: warning[english-only-in-prose]", "\(file):42:68: warning[no-feedback-in-prose]"] {
            XCTAssertTrue(outcome.stdout.contains(expected), "missing \(expected) in:\n\(outcome.stdout)")
        }
        for quiet in [":18:", ":23:", ":29:", ":37:"] {
            XCTAssertFalse(outcome.stdout.contains(file + quiet), "negations and code blocks do not fire: \(outcome.stdout)")
        }
    }

    func testStandardInputIsReadAsTheFileItStandsFor() throws {
        let file = "policies/prose/community-meals-tender.md"
        let text = try Data(contentsOf: PackagePaths.root.appendingPathComponent(file))
        let named = try BinaryRunner.run(["check", "-", "--stdin-filename", file, "--format", "concise"], stdin: text)
        let direct = try BinaryRunner.run(["check", file, "--format", "concise"])
        XCTAssertEqual(named.exitCode, 1, named.stderr)
        XCTAssertEqual(named.stdout, direct.stdout, "piped Markdown reads as the file it names")
        let unnamed = try BinaryRunner.run(["check", "-", "--format", "concise"], stdin: text)
        XCTAssertTrue(unnamed.stdout.contains("<stdin>:"), "without a name, standard input is YAML: \(unnamed.stdout)")
        if unnamed.stdout.contains("error[invalid-yaml]") || unnamed.stdout.contains("error[empty-file]") {
            XCTAssertTrue(unnamed.stdout.contains("name it with --stdin-filename NAME.md"), "Markdown that is not YAML says how to name it: \(unnamed.stdout)")
        }
        let markdown = try BinaryRunner.run(["check", "-", "--format", "concise"], stdin: Data("# Guide\n\nApply: now\n- a\n".utf8))
        XCTAssertEqual(markdown.exitCode, 2, markdown.stdout)
        XCTAssertTrue(markdown.stdout.contains("(if standard input is Markdown or text, name it with --stdin-filename NAME.md)"), markdown.stdout)
        let stray = try BinaryRunner.run(["check", file, "--stdin-filename", "x.md"])
        XCTAssertEqual(stray.exitCode, 2)
        XCTAssertTrue(stray.stderr.contains("give '-' as a path too"), stray.stderr)
    }

    func testDirectoriesDoNotPickUpProseAndPolicyProseIsLocated() throws {
        let outcome = try BinaryRunner.run(["check", "policies/", "--format", "concise"])
        XCTAssertFalse(outcome.stdout.contains(".md:"), outcome.stdout)
        let file = "policies/community-wellbeing-fund-barriers.yaml"
        for expected in ["\(file):134:32: error[registered-charities-only-in-prose]", "\(file):150:5: error[match-funding-in-prose]",
                         "\(file):155:37: warning[payment-in-arrears-in-prose]", "\(file):124:25: warning[deficit-language]"] {
            XCTAssertTrue(outcome.stdout.contains(expected), "missing \(expected)")
        }
    }

    func testEvaluatePrintsFiguresThatMeetTheTargets() throws {
        let help = try BinaryRunner.run(["--help"])
        guard help.stdout.contains("evaluate") else {
            throw XCTSkip("the evaluate subcommand is not registered in PolicyLint.swift yet")
        }
        let outcome = try BinaryRunner.run(["evaluate", "eval/prose-sentences.tsv", "--min-precision", "0.9", "--min-recall", "0.85"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stdout + outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("precision"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("overall"), outcome.stdout)
    }
}
