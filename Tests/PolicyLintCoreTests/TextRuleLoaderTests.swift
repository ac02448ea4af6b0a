import XCTest
import PolicyYAML
@testable import PolicyLintCore

/// Text rules in user rulebooks: validated at load with located errors, and bounded at run time.
final class TextRuleLoaderTests: XCTestCase {
    private func rulebook(_ match: String, extra: String = "") -> String {
        """
        rulebook: local
        format: 1
        rules:
          - id: deposit-in-text
            title: A deposit is demanded
            severity: warning
            principles: [ivar-accept-risk]
        \(match)
            message: 'The text demands a deposit: "{match}" in {field}.'
            why: Deposits take cash small groups do not have.
            alternatives: [Ask for no deposit.]
        \(extra)    examples:
              fail: ['sections: {terms: "Pay a deposit of £500."}']
              pass: ['sections: {terms: "No deposit is needed."}']

        """
    }

    private func load(_ text: String) -> (Rulebook?, [InputError]) {
        do {
            let loader = RulebookLoader(principles: try PrincipleCatalogues.builtIn())
            return (try loader.load(SourceText(name: "local.yaml", text: text)), [])
        } catch {
            return (nil, error.errors)
        }
    }

    func testAGoodTextRuleLoadsAndRendersItsMessage() throws {
        let (book, errors) = load(rulebook("    match:\n      patterns: ['\\bdeposit of\\b']\n      scope: [sections.*]"))
        XCTAssertEqual(errors, [])
        let rule = try XCTUnwrap(book?.rules.first)
        XCTAssertTrue(rule.isTextRule)
        let source = SourceText(name: "p.yaml", text: ExamplePolicy.wrap("summary: Pay a deposit of £5.\nsections: {terms: \"Pay a deposit of £500.\"}", kind: "grant"))
        let document = try XCTUnwrap(PolicyReader().read(source).documents.first)
        let findings = RuleEngine(rulebooks: [try XCTUnwrap(book)]).run(on: document)
        XCTAssertEqual(findings.map(\.message), ["The text demands a deposit: \"deposit of\" in sections.terms."], "scope leaves out summary")
    }

    func testABadPatternIsLocatedInsideThePattern() throws {
        let text = rulebook("    match:\n      patterns:\n        - '\\bdeposit'\n        - \"\\\\bdeposit (of\"")
        let error = try XCTUnwrap(load(text).1.first)
        XCTAssertEqual(error.id, "invalid-pattern")
        XCTAssertTrue(error.message.contains("never closed"), error.message)
        XCTAssertEqual(error.location?.span.start.line, 11)
        XCTAssertEqual(error.location?.span.start.column, 23, "at the '(' inside the double-quoted pattern, past its escape")
    }

    func testAScopeThatNamesNoTextSaysWhatToWriteInstead() throws {
        let cases = [("sections", "did you mean 'sections.*'"), ("funding", "did you mean 'funding.*'"),
                     ("eligibility.accreditations", "did you mean 'eligibility.accreditations[]'"),
                     ("funding.total", "not free text")]
        for (glob, expected) in cases {
            let errors = load(rulebook("    match:\n      patterns: [deposit]\n      scope: [\(glob)]")).1
            XCTAssertEqual(errors.count, 1, glob)
            XCTAssertTrue(errors.first?.message.contains(expected) ?? false, "\(glob): \(errors)")
            XCTAssertEqual(errors.first?.location?.span.start.line, 10, glob)
        }
        for fine in ["sections.*", "sections.**", "summary", "eligibility.accreditations[]", "**"] {
            XCTAssertTrue(load(rulebook("    match:\n      patterns: [deposit]\n      scope: [\"\(fine)\"]")).1.isEmpty, fine)
        }
    }

    func testUnknownScopeBothKindsAndNeither() throws {
        let scope = load(rulebook("    match:\n      patterns: [deposit]\n      scope: [sectons.*]")).1
        XCTAssertEqual(scope.first?.location?.span.start.line, 10)
        XCTAssertTrue(scope.first?.message.contains("did you mean 'sections'") ?? false, "\(scope)")
        let neither = load(rulebook("")).1
        XCTAssertTrue(neither.contains { $0.message.contains("give `when`") }, "\(neither)")
        let at = load(rulebook("    match:\n      patterns: [deposit]\n    at: summary")).1
        XCTAssertTrue(at.contains { $0.message.contains("`at` is for structured rules") }, "\(at)")
    }

    func testATextRuleWithWhenReadsOnlyPoliciesItsGuardAccepts() throws {
        let (book, errors) = load(rulebook("    when: '!(has(funding.purpose) && funding.purpose == \"capital\")'\n    match:\n      patterns: ['\\bdeposit of\\b']"))
        XCTAssertEqual(errors, [])
        let rule = try XCTUnwrap(book?.rules.first)
        XCTAssertTrue(rule.isGuardedTextRule)
        let engine = RuleEngine(rulebooks: [try XCTUnwrap(book)])
        func findings(_ fragment: String) throws -> [Finding] {
            let source = SourceText(name: "p.yaml", text: ExamplePolicy.wrap(fragment, kind: "grant"))
            return engine.run(on: try XCTUnwrap(PolicyReader().read(source).documents.first))
        }
        XCTAssertEqual(try findings("sections: {terms: \"Pay a deposit of £500.\"}").count, 1, "no purpose: the guard holds")
        XCTAssertEqual(try findings("funding: {purpose: revenue}\nsections: {terms: \"Pay a deposit of £500.\"}").count, 1)
        XCTAssertEqual(try findings("funding: {purpose: capital}\nsections: {terms: \"Pay a deposit of £500.\"}"), [], "the guard fails")
        let markdown = try ProseReader.read(SourceText(name: "t.md", text: "# Terms\n\nPay a deposit of £500.\n")).get()
        XCTAssertEqual(engine.run(on: markdown).count, 1, "a Markdown document has no fields to guard on, so it is read")
        XCTAssertTrue(RuleSummary(rule).condition.contains("capital"))
        XCTAssertTrue(RuleDocument.markdown(rule, principles: try PrincipleCatalogues.builtIn()).contains("only when this condition holds"))
        let bad = load(rulebook("    when: has(funding.nothing)\n    match:\n      patterns: [deposit]")).1
        XCTAssertEqual(bad.first?.id, "invalid-condition", "a guard is checked at load like any condition: \(bad)")
    }

    func testAHostileUserPatternCannotHangACheck() throws {
        let (book, errors) = load(rulebook("    match:\n      patterns: ['(a+)+$', '(.*a){20}x']"))
        XCTAssertEqual(errors, [])
        let text = String(repeating: "a", count: 20_000) + "b"
        let source = SourceText(name: "p.yaml", text: ExamplePolicy.wrap("sections: {terms: \(text)}", kind: "grant"))
        let document = try XCTUnwrap(PolicyReader().read(source).documents.first)
        let started = Date()
        XCTAssertEqual(RuleEngine(rulebooks: [try XCTUnwrap(book)]).run(on: document), [])
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "a hang guard only")
    }
}
