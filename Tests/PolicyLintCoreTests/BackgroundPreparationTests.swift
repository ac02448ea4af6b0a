import XCTest
import PolicyYAML
import PolicyLintTestSupport
@testable import PolicyLintCore

/// Building the text rules' shared state on another core changes nothing but when it is built.
final class BackgroundPreparationTests: XCTestCase {
    func testAPreparedEngineFindsExactlyWhatAnUnpreparedOneFinds() throws {
        let builder = try RuleSetBuilder(rulebookPaths: [])
        let folder = PackagePaths.root.appendingPathComponent("policies")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertFalse(files.isEmpty)
        var total = 0
        for file in files {
            let source = try SourceText(name: file, text: String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
            let document = try XCTUnwrap(PolicyReader().read(source).documents.first, file)
            let expected = try builder.engine(selection: RuleSelection()).run(on: document)
            total += expected.count
            // Each engine has its own prefilter cache, so each round races a fresh background build with the check.
            for _ in 0..<4 {
                let engine = try builder.engine(selection: RuleSelection())
                engine.prepareInBackground()
                XCTAssertEqual(engine.run(on: document), expected, file)
            }
        }
        XCTAssertGreaterThan(total, 10, "the shipped policies hold barriers, so the comparison covers real findings")
    }

    func testTheSharedBuiltInRulebookFindsWhatAFreshLoadFinds() throws {
        // Started from several threads at once, as a command line and a library user might.
        DispatchQueue.concurrentPerform(iterations: 4) { _ in RuleSetBuilder.loadBuiltInInBackground() }
        let shared = try RuleSetBuilder(rulebookPaths: []).engine(selection: RuleSelection())
        let fresh = RuleEngine(rulebooks: [try RulebookLoader(principles: try PrincipleCatalogues.builtIn()).builtIn()],
                               selection: RuleSelection())
        XCTAssertEqual(shared.rules.map(\.id), fresh.rules.map(\.id))
        XCTAssertGreaterThan(shared.rules.count, 20)
        let folder = PackagePaths.root.appendingPathComponent("policies")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".yaml") }).sorted() {
            let source = try SourceText(name: file, text: String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
            let document = try XCTUnwrap(PolicyReader().read(source).documents.first, file)
            XCTAssertEqual(shared.run(on: document), fresh.run(on: document), file)
        }
    }

    func testTheKnownPatternTableReadInBackgroundIsTheSameTable() {
        KnownPatterns.readInBackground()
        let source = NegationCues.sources[0]
        XCTAssertEqual(KnownPatterns.analysis(of: source, ignoreCase: true), try PatternAnalysis.analyse(source, ignoreCase: true).analysis)
    }
}
