import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PolicyLintCore
import PolicyLintReporters
import PolicyLintTestSupport
import PolicyYAML
import XCTest

/// The pre-launch report's HTML is well-formed, accessible by construction, self-contained and escapes policy text.
final class PrelaunchReportValidityTests: XCTestCase {
    /// A policy whose text tries to inject markup, scripts and external loads.
    private static let hostile = """
    policy: 1
    id: hostile-fund
    title: "Fund <script>alert('x')</script> & <img src=https://evil.example/x.png>"
    kind: grant
    funding:
      match_funding: {required: true, share: 0.25, in_kind_accepted: false}
    sections:
      background: |
        Hard to reach groups <b>only</b> & "friends" ]]> <!-- --> <link rel=stylesheet href=http://evil.example/a.css>
        @import url(https://evil.example/b.css); <iframe src="//evil.example"></iframe>
    waivers:
      - rule: match-funding-required
        path: funding.match_funding.required
        reason: "Board rule <x> & \\"quoted\\" </td></tr>"
        approver: "Jo <Bloggs> & Co"
        expires: 2027-01-30

    """

    private func report() throws -> PrelaunchReport {
        let builder = try RuleSetBuilder(rulebookPaths: [])
        let engine = try builder.engine(selection: RuleSelection())
        let date = try XCTUnwrap(CalendarDate.parse("2027-01-05"))
        let linter = Linter(options: Linter.Options(today: date), engine: engine)
        let barriers = PackagePaths.root.appendingPathComponent("policies/community-wellbeing-fund-barriers.yaml")
        let files = [
            linter.check(SourceText(name: "policies/community-wellbeing-fund-barriers.yaml", bytes: [UInt8](try Data(contentsOf: barriers)))),
            linter.check(SourceText(name: "hostile <&> \".yaml", text: Self.hostile)),
            linter.check(SourceText(name: "broken.yaml", text: "policy: 1\nid: [unclosed\n")),
        ]
        let record = SignOffRecord(checkedBy: "Ann <Officer> & \"Co\"", reportDate: "2027-01-05", generatedAt: "2027-01-05",
                                   toolVersion: PolicyLintVersion.current,
                                   rulebooks: builder.rulebooks.map { .init(name: $0.name, version: $0.version, file: $0.file) },
                                   configFiles: [], waiverFiles: [], ruleCount: engine.rules.count)
        return PrelaunchReport(report: CheckReport(files: files, failOn: .error), catalogues: builder.principles, rules: engine.rules,
                               titles: ["policies/community-wellbeing-fund-barriers.yaml": "Community Wellbeing Fund 2027",
                                        "hostile <&> \".yaml": "Fund <script>alert('x')</script> & <img src=https://evil.example/x.png>"],
                               signOff: record, reportDate: date)
    }

    func testHTMLIsWellFormedAndAccessible() throws {
        let html = HTMLReportRenderer().render(try report())
        let checker = HTMLStructureChecker()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = checker
        XCTAssertTrue(parser.parse(), "not well-formed: \(parser.parserError.map(String.init(describing:)) ?? "") at line \(parser.lineNumber)")
        XCTAssertEqual(checker.problems, [], checker.problems.joined(separator: "\n"))
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        XCTAssertEqual(checker.count("h1"), 1)
        for landmark in ["header", "main", "nav", "footer"] { XCTAssertEqual(checker.count(landmark), 1, landmark) }
        XCTAssertEqual(checker.count("svg"), 3, "one chart per policy")
        XCTAssertGreaterThan(checker.count("caption"), 6)
        XCTAssertEqual(checker.count("script"), 0)
        XCTAssertEqual(checker.count("iframe"), 0)
        XCTAssertEqual(checker.count("img"), 0)
        XCTAssertEqual(checker.count("b"), 0, "policy text never becomes markup")
    }

    func testNoExternalResourceIsLoaded() throws {
        let html = HTMLReportRenderer().render(try report())
        let checker = HTMLStructureChecker()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = checker
        XCTAssertTrue(parser.parse())
        XCTAssertEqual(checker.count("link"), 0)
        XCTAssertEqual(checker.count("img"), 0)
        for (element, attribute, value) in checker.attributes {
            XCTAssertNotEqual(attribute, "src", "\(element) loads \(value)")
            XCTAssertFalse(["srcset", "background", "poster", "data", "xlink:href"].contains(attribute), "\(element) \(attribute)=\(value)")
            if attribute == "href" {
                XCTAssertEqual(element, "a", "only hyperlinks may name a URL")
                XCTAssertTrue(value.hasPrefix("#") || value.hasPrefix("https://"), value)
            }
            if attribute == "style" || attribute == "fill" {
                XCTAssertFalse(value.contains("url(") && !value.contains("url(#"), "\(element) \(attribute)=\(value)")
            }
        }
        let css = checker.styleText
        XCTAssertFalse(css.contains("@import"))
        XCTAssertFalse(css.contains("url("), "the style sheet loads nothing")
        XCTAssertFalse(css.contains("@font-face"))
    }

    func testPolicyTextIsEscaped() throws {
        let html = HTMLReportRenderer().render(try report())
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("<img"))
        XCTAssertFalse(html.contains("<iframe"))
        XCTAssertTrue(html.contains("Fund &lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;img src=https://evil.example/x.png&gt;"))
        XCTAssertTrue(html.contains("Jo &lt;Bloggs&gt; &amp; Co"))
        XCTAssertTrue(html.contains("Ann &lt;Officer&gt; &amp; \"Co\""))
        let markdown = MarkdownReportRenderer().render(try report())
        XCTAssertFalse(markdown.replacingOccurrences(of: "\\<", with: "").contains("<script"), "every < from a policy is escaped")
        XCTAssertTrue(markdown.contains("Jo \\<Bloggs\\> \\& Co"))
    }

    func testVerdictsAndWaiverExpiry() throws {
        let report = try report()
        XCTAssertEqual(report.policies.map(\.verdict), [.notReady, .ready, .couldNotCheck], "a waiver in force lifts the only error")
        XCTAssertFalse(report.isReady)
        let waiver = try XCTUnwrap(report.policies[1].waivers.first)
        XCTAssertEqual(waiver.daysLeft, 25)
        XCTAssertTrue(waiver.isExpiringSoon)
        XCTAssertEqual(report.policies[1].scorecard.principles(.atRisk).count, 0, "the only error is waived")
    }

    func testPaletteMeetsContrastMinimum() {
        for pair in ReportPalette.pairs {
            XCTAssertGreaterThanOrEqual(ReportPalette.contrast(pair.foreground, pair.background), 4.5, pair.name)
        }
    }
}
