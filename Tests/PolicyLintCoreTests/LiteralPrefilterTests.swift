import XCTest
@testable import PolicyLintCore
import PolicyYAML

/// The multi-literal prefilter, the flat VM form of classes and the runner built on them give the
/// same answers as the plain, one-pattern-at-a-time checks they replace.
final class LiteralPrefilterTests: XCTestCase {
    private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    /// Every occurrence (overlapping ones and literals inside longer ones included), found naively.
    private func naiveOccurrences(of literals: [[Unicode.Scalar]], in text: [Unicode.Scalar]) -> Set<[Int]> {
        var found = Set<[Int]>()
        for (id, literal) in literals.enumerated() where !literal.isEmpty && literal.count <= text.count {
            for start in 0...(text.count - literal.count) where Array(text[start..<(start + literal.count)]) == literal {
                found.insert([id, start + literal.count])
            }
        }
        return found
    }

    func testTheAutomatonFindsEveryOccurrence() {
        let literals = ["fund", "funding", "match funding", "ing", "in", "£100", "nding f", "aaa"].map(scalars)
        let automaton = LiteralAutomaton(literals)
        let texts = ["match funding and funding matched", "findings in kind", "aaaaa", "£100 of £1000 funding", "", "nothing here",
                     "match fundin", "ingredients in funding funding"]
        for text in texts.map(scalars) {
            var found = Set<[Int]>()
            var ends: [Int] = []
            automaton.scan(text) { literal, end in
                found.insert([literal, end])
                ends.append(end)
            }
            XCTAssertEqual(found, naiveOccurrences(of: literals, in: text), String(String.UnicodeScalarView(text)))
            XCTAssertEqual(ends, ends.sorted(), "occurrences come in text order")
        }
        XCTAssertTrue(LiteralAutomaton([]).isEmpty)
    }

    func testTheAutomatonMatchesANaiveSearchOnRandomText() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = scalars("abc é")
        for _ in 0..<200 {
            let literals = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                (0..<Int.random(in: 1...4, using: &generator)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
            }
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
            var found = Set<[Int]>()
            LiteralAutomaton(literals).scan(text) { found.insert([$0, $1]) }
            // Duplicate literals are reported under their first id.
            let expected = Set(naiveOccurrences(of: literals, in: text).map { [literals.firstIndex(of: literals[$0[0]]) ?? $0[0], $0[1]] })
            XCTAssertEqual(found, expected)
        }
    }

    func testRequiredLiteralsDropRepeatsAndLiteralsThatContainAnother() throws {
        func scalars(_ words: [String]) -> [[Unicode.Scalar]] { words.map { Array($0.unicodeScalars) } }
        XCTAssertEqual(RequiredLiterals.minimal(scalars(["accepted", "are accepted", "accepted", "open", "reopened", "opens"])),
                       scalars(["accepted", "open"]))
        XCTAssertEqual(RequiredLiterals.minimal(scalars(["abc", "bca", "cab"])), scalars(["abc", "bca", "cab"]))
        // A pattern whose alternatives repeat a literal keeps it once, and drops the alternative that contains it.
        let pattern = try TextPattern(#"\b(are accepted|were accepted|accepted|is accepted|received)\b"#)
        XCTAssertEqual(pattern.literals, scalars(["accepted", "received"]))
    }

    func testThePrefilterAgreesWithRequiredLiteralsAndNeverRulesOutAMatch() throws {
        let sources = [#"\bmatch(ed)?[- ]?fund(ing|ed|s)?\b"#, #"\bpaid in arrears\b"#, #"\b(no|not) required\b"#, "(?-i)BAME",
                       #"\b(audited|certified) accounts\b"#, #"[0-9]+ ?%"#, #"\bclos(e|es|ing) (one|two) weeks? (later|after)\b"#]
        let patterns = try sources.map { try TextPattern($0) }
        let prefilter = LiteralPrefilter(patterns: patterns)
        let text = ProseText("""
            Applicants must bring Match-Funding of 25%. We pay in arrears. Grants are paid in arrears. \
            No audit is required. BAME-led groups may apply, and bame is not the same. The fund closes two weeks later. \
            Audited accounts are not required. Matched funds count.
            """)
        let sentences = SentenceSplitter.sentences(text)
        let candidates = prefilter.candidates(in: text, sentences: sentences)
        for (number, sentence) in sentences.enumerated() {
            let filter = prefilter.filter(candidates, sentence: number, base: 0)
            for (index, pattern) in patterns.enumerated() {
                let view = pattern.ignoresCase ? text.folded : text.scalars
                let allMet = pattern.requirements.allSatisfy { RequiredLiterals.any($0, in: view, range: sentence) }
                XCTAssertEqual(filter.allows(index), allMet, "\(pattern.source) in \(text.text(sentence))")
                if let literals = pattern.literals, filter.allows(index) {
                    XCTAssertTrue(RequiredLiterals.any(literals, in: view, range: sentence), "the first requirement is the pattern's own filter")
                }
                if pattern.firstMatch(in: text, range: sentence) != nil {
                    XCTAssertTrue(filter.allows(index), "\(pattern.source) matches in \(text.text(sentence)) but was ruled out")
                }
            }
        }
        // The rules' patterns are selective: some are ruled out somewhere, and some pass somewhere.
        let verdicts = sentences.indices.flatMap { number in patterns.indices.map { prefilter.filter(candidates, sentence: number, base: 0).allows($0) } }
        XCTAssertTrue(verdicts.contains(true))
        XCTAssertTrue(verdicts.contains(false))
    }

    func testRequirementsAreAConjunctionOfLiteralSets() throws {
        let pattern = try TextPattern(#"\bmatch(ed)?[- ]?fund(ing|ed|s)?\b"#)
        XCTAssertEqual(pattern.requirements.map { $0.map { String(String.UnicodeScalarView($0)) } }, [["match"], ["fund"]])
        XCTAssertEqual(try TextPattern("a|bc").requirements.count, 0, "too short to filter on")
        XCTAssertEqual(try TextPattern(#"\b(grant|award)s? (will be )?repaid\b"#).requirements.map { $0.count }, [1, 2])
    }

    func testClassBitmapsMatchTheClassesForEveryASCIIScalar() throws {
        let classes = [#"[a-z]"#, #"[^a-z ]"#, #"[A-Z]"#, #"[^A-Z]"#, #"\d"#, #"\D"#, #"\w"#, #"\W"#, #"\s"#, #"\S"#, #"[^.;]"#,
                       #"[-a-f0-3_]"#, #"[\w.]"#, #"[^\s,]"#, "[ -~]", #"[Kk]"#]
        for source in classes {
            for ignoreCase in [true, false] {
                var parser = PatternParser(source, ignoreCase: ignoreCase)
                guard case .set(let set) = try parser.parse() else { return XCTFail("\(source) is not a class") }
                let step = PatternStep.set(set, index: 0, ignoreCase: ignoreCase)
                for value in UInt32(0)..<128 {
                    let scalar = try XCTUnwrap(Unicode.Scalar(value))
                    XCTAssertEqual(step.containsASCII(value), set.contains(scalar, ignoreCase: ignoreCase), "\(source) \(value) \(ignoreCase)")
                }
            }
        }
    }

    func testTheASCIIFastPathsAgreeWithUnicodeProperties() throws {
        for value in UInt32(0)..<128 {
            let scalar = try XCTUnwrap(Unicode.Scalar(value))
            XCTAssertEqual(ScalarFolding.isSpace(scalar), scalar.properties.isWhitespace, "\(value)")
        }
    }

    func testMatchesDoNotBeginInsideAWord() {
        func first(_ pattern: String, _ text: String) throws -> String? {
            let prose = ProseText(text)
            return try TextPattern(pattern).firstMatch(in: prose, range: 0..<prose.count).map { prose.text($0) }
        }
        XCTAssertNil(try first(#"\bant\b"#, "grant grants"))
        XCTAssertEqual(try first(#"\b(an|ant)\b"#, "grant ant"), "ant")
        XCTAssertEqual(try first(#"\bant"#, "grant éant ant"), "ant")
        XCTAssertEqual(try first(#"\bfund"#, "refund_fund-funding"), "fund")
        XCTAssertEqual(try first(#"(\bx|y)z"#, "axz ayz"), "yz")
    }

    /// The runner (one prefilter pass per field, one sentence analysis shared by all rules) finds exactly
    /// what each rule finds on its own, on every labelled sentence and on the sample tender.
    func testTheRunnerFindsWhatEachRuleFindsOnItsOwn() throws {
        let rules = try RuleSetBuilder(rulebookPaths: []).allRules.filter(\.isTextRule)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
        var texts: [String] = []
        for name in ["prose-sentences.tsv", "prose-sentences-heldout.tsv", "prose-sentences-heldout-2.tsv", "prose-sentences-heldout-3.tsv"] {
            let url = root.appendingPathComponent("eval/\(name)")
            guard let contents = try? String(contentsOf: url, encoding: .utf8) else { continue }
            texts += contents.split(separator: "\n").compactMap { $0.split(separator: "\t").last.map(String.init) }
        }
        if let tender = try? String(contentsOf: root.appendingPathComponent("policies/prose/community-meals-tender.md"), encoding: .utf8) {
            texts.append(tender)
        }
        XCTAssertGreaterThan(texts.count, 100)
        // Several sentences per field, so that sentences after negated and softened ones share an analysis.
        let fields = stride(from: 0, to: texts.count, by: 5).map { start in
            ProseField(path: NodePath([.key("summary")]), text: texts[start..<min(texts.count, start + 5)].joined(separator: " \n\n")) { _, _ in
                SourceSpan(at: .start)
            }
        }
        let runner = TextRuleRunner(rules: rules)
        var found = 0
        for field in fields {
            let together = runner.hits(in: [field]).map { "\($0.rule.id) \($0.hit.range) \($0.hit.polarity)" }
            var alone: [(Int, Int, String)] = []
            for (order, rule) in rules.enumerated() {
                guard let match = rule.textMatch, match.scope.includes(field.path) else { continue }
                alone += match.hits(in: field.text).map { ($0.sentence.lowerBound, order, "\(rule.id) \($0.range) \($0.polarity)") }
            }
            let expected = alone.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
            XCTAssertEqual(together, expected, field.text.text(0..<field.text.count))
            found += together.count
        }
        XCTAssertGreaterThan(found, 50, "the comparison covers many hits")
    }

    /// Sharing a document's fields out between cores gives the same findings, in the same order, as one core.
    func testFieldsSharedOutBetweenCoresGiveTheSameFindings() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
        guard let contents = try? String(contentsOf: root.appendingPathComponent("eval/prose-sentences.tsv"), encoding: .utf8) else {
            throw XCTSkip("eval/prose-sentences.tsv is not beside the tests")
        }
        let sentences = contents.split(separator: "\n").compactMap { $0.split(separator: "\t").last.map(String.init) }
        // A heading every ten paragraphs, so the document has many fields in several sections.
        let markdown = sentences.enumerated().map { index, sentence in
            (index % 10 == 0 ? "## Part \(index / 10)\n\n" : "") + sentence + "\n\n"
        }.joined()
        let source = SourceText(name: "document.md", text: markdown)
        let document = try ProseReader.read(source).get()
        XCTAssertGreaterThan(document.fields.count, 50)
        var engine = try RuleSetBuilder(rulebookPaths: []).engine(selection: RuleSelection())
        let oneCore = engine.run(on: document)
        engine.proseWorkers = 4
        let shared = engine.run(on: document)
        XCTAssertGreaterThan(oneCore.count, 100, "the comparison covers many findings")
        XCTAssertEqual(shared.map { "\($0.ruleID) \($0.location)" }, oneCore.map { "\($0.ruleID) \($0.location)" })
        XCTAssertEqual(shared.map(\.message), oneCore.map(\.message))
    }
}
