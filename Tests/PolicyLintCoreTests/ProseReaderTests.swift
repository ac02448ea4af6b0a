import XCTest
import PolicyYAML
@testable import PolicyLintCore

/// Markdown and plain text documents read as prose, with the original file's lines.
final class ProseReaderTests: XCTestCase {
    private func run(_ text: String, name: String = "tender.md") throws -> [Finding] {
        let engine = try RuleSetBuilder(rulebookPaths: []).engine(selection: RuleSelection())
        return Linter(engine: engine).check(SourceText(name: name, text: text)).findings
    }

    func testAPhraseReachedThroughAnAliasPointsAtTheAnchoredText() throws {
        let text = "policy: 1\nid: alias-test\ntitle: Alias test\nkind: grant\nowner: &o \"Applicants must provide match funding of 20%.\"\nsections:\n  x: *o\n"
        let findings = try run(text, name: "p.yaml").filter { $0.ruleID == "match-funding-in-prose" }
        XCTAssertEqual(findings.compactMap(\.nodePath).sorted(), ["owner", "sections.x"])
        for finding in findings {
            XCTAssertEqual(finding.location.span.start.description, "5:36", finding.nodePath ?? "")
            XCTAssertEqual(finding.location.span.end.description, "5:49", finding.nodePath ?? "")
        }
    }

    func testExtensionKeysAreNotReadAsProse() throws {
        let header = "policy: 1\nid: ext-test\ntitle: Extension test\nkind: grant\n"
        let phrase = "\"Applicants must provide match funding of 20%.\""
        XCTAssertTrue(try run(header + "x-notes: \(phrase)\n", name: "p.yaml").isEmpty)
        XCTAssertFalse(try run(header + "notes: \(phrase)\n", name: "p.yaml").filter { $0.ruleID == "match-funding-in-prose" }.isEmpty,
                       "an unknown key's text is still read")
    }

    func testMarkdownSectionsLinesAndSkippedParts() throws {
        let text = """
        ---
        note: applicants must secure match funding
        ---
        # Meals tender

        ## Eligibility criteria

        - Bidders must be **registered charities**.
        - See [the guidance](https://example.org/must-be-a-registered-charity) for more.

        ```
        Applicants must secure match funding of 50%.
        ```

        <!-- Payments will be made in arrears. -->
        Payments are made in
        arrears.
        """
        let findings = try run(text)
        XCTAssertEqual(findings.map(\.ruleID), ["registered-charities-only-in-prose", "payment-in-arrears-in-prose"])
        XCTAssertEqual(findings.map(\.location.span.start.description), ["8:11", "16:19"])
        XCTAssertEqual(findings.map(\.nodePath), ["sections.eligibility-criteria", "sections.eligibility-criteria"])
        XCTAssertEqual(findings.last?.location.span.end.description, "17:8")
    }

    func testHeadingsAndTitlesNameTopicsAndAreNotRead() throws {
        let text = "# Match funding and audited accounts\n\n## Match funding\n\nNone is needed.\n\n## Audited accounts\n\nWe do not ask for them.\n\n## Performance bond\n\nApplicants must provide audited accounts.\n"
        let findings = try run(text)
        XCTAssertEqual(findings.map(\.ruleID), ["audited-accounts-in-prose"], "only the sentence asks for anything")
        XCTAssertEqual(findings.map(\.location.span.start.description), ["13:25"])
        XCTAssertEqual(findings.map(\.nodePath), ["sections.performance-bond"], "a heading still names its section")

        // A heading that states an obligation is read, as a sentence of its own.
        let stated = try run("# Fund\n\n## Applicants must provide three years of audited accounts\n\nSee the guidance notes.\n")
        XCTAssertEqual(stated.map(\.ruleID), ["trading-history-in-prose", "audited-accounts-in-prose"])
        XCTAssertEqual(stated.map(\.location.span.start.description), ["3:28", "3:43"])

        let policy = "policy: 1\nid: title-test\ntitle: Match Funding Programme for Audited Accounts\nkind: grant\nsummary: Applicants must provide match funding.\n"
        XCTAssertEqual(try run(policy, name: "p.yaml").map(\.nodePath), ["summary"], "the title is a name, the summary is read")
    }

    func testSetextHeadingsStartSectionsLikeATXHeadings() throws {
        let text = "Match funding and audited accounts\n==================================\n\nMatch funding\n-------------\n\nNone is needed.\n\n"
            + "Performance bond\n---\n\nApplicants must provide audited accounts.\n"
        let findings = try run(text)
        XCTAssertEqual(findings.map(\.ruleID), ["audited-accounts-in-prose"], "topic headings underlined are not read")
        XCTAssertEqual(findings.map(\.location.span.start.description), ["12:25"])
        XCTAssertEqual(findings.map(\.nodePath), ["sections.performance-bond"])

        let stated = try run("Fund\n====\n\nApplicants must provide three years of audited accounts\n---\n\nSee the guidance notes.\n")
        XCTAssertEqual(stated.map(\.ruleID), ["trading-history-in-prose", "audited-accounts-in-prose"], "an underlined obligation is read")
        XCTAssertEqual(stated.map(\.nodePath), ["sections.applicants-must-provide-three-years-of-audited-accounts",
                                                "sections.applicants-must-provide-three-years-of-audited-accounts"])

        // Right after front matter or a comment, an underlined line is a heading too.
        XCTAssertEqual(try run("---\ntitle: x\n---\nMatch funding\n=============\n\nNone is needed.\n"), [])
        XCTAssertEqual(try run("<!-- draft -->\nMatch funding\n-------------\n\nNone is needed.\n"), [])

        // A line that continues a paragraph, and a list item, stay text: `---` under them is a thematic break.
        let paragraph = try run("# Terms\n\nWe fund projects.\nApplicants must provide audited accounts.\n---\n\n- Applicants must provide match funding.\n---\n")
        XCTAssertEqual(paragraph.map(\.ruleID), ["audited-accounts-in-prose", "match-funding-in-prose"])
        XCTAssertEqual(paragraph.map(\.nodePath), ["sections.terms", "sections.terms"])
    }

    func testAFileWithNoProseIsAnEmptyFileError() throws {
        for text in ["", "  \n\n", "---\ntitle: x\n---\n", "# Fund\n", "```\ncode\n```\n", "<!-- draft -->\n"] {
            let findings = try run(text)
            XCTAssertEqual(findings.map(\.ruleID), ["empty-file"], text.debugDescription)
            XCTAssertEqual(findings.first?.category, .input)
        }
        XCTAssertEqual(try run("", name: "notes.txt").map(\.ruleID), ["empty-file"])
        XCTAssertEqual(try run("# Fund\n\nWe fund local groups.\n"), [], "a heading and a sentence is prose")
    }

    func testFrontMatterNeverClosedIsAnErrorAtItsOpening() throws {
        let findings = try run("---\ntitle: x\n\n# Fund\n\nApplicants must provide audited accounts.\n")
        XCTAssertEqual(findings.map(\.ruleID), ["invalid-front-matter"], "not empty-file, and no rule ran on a file half read")
        XCTAssertEqual(findings.first?.category, .input)
        XCTAssertEqual(findings.first?.location.span.description, "1:1-1:4")
        XCTAssertTrue(findings.first?.message.contains("never closed") == true)
        XCTAssertEqual(try run("---\ntitle: x\n...\n\nApplicants must provide audited accounts.\n").map(\.ruleID), ["audited-accounts-in-prose"],
                       "front matter may also close with '...'")
        XCTAssertEqual(try run("---\ntitle: x\n", name: "notes.txt").map(\.ruleID), [], "plain text has no front matter")
    }

    func testListItemsAreSeparateSentences() throws {
        let text = "## Terms\n\n- No deposit\n- Payment in arrears\n"
        XCTAssertEqual(try run(text).map(\.ruleID), ["payment-in-arrears-in-prose"])
    }

    func testPlainTextAndCRLF() throws {
        let findings = try run("Grants are paid in advance.\r\nApplications must be written in English.\r\n", name: "notes.txt")
        XCTAssertEqual(findings.map(\.ruleID), ["english-only-in-prose"])
        XCTAssertEqual(findings.first?.location.span.start.description, "2:14")
        XCTAssertEqual(findings.first?.nodePath, "sections.text")
    }

    func testInvalidTextIsAnInputError() throws {
        let source = SourceText(name: "bad.md", bytes: Array("caf".utf8) + [0xE9, 0x0A])
        let findings = Linter().check(source).findings
        XCTAssertEqual(findings.map(\.ruleID), ["invalid-encoding"])
        XCTAssertEqual(findings.first?.location.span.start.description, "1:4")
        XCTAssertEqual(Linter().check(SourceText(name: "x.txt", bytes: [0x41, 0x00])).findings.map(\.ruleID), ["binary-file"])
    }

    func testSlugs() {
        XCTAssertEqual(ProseReader.slug("Eligibility criteria"), "eligibility-criteria")
        XCTAssertEqual(ProseReader.slug("3. Who can apply?"), "3-who-can-apply")
        XCTAssertEqual(ProseReader.slug("Applicants' duties"), "applicants-duties")
    }

    func testStructuredRulesDoNotRunOnProse() throws {
        let findings = try run("# Fund\n\nThe fund is open.\n")
        XCTAssertEqual(findings, [])
    }
}
