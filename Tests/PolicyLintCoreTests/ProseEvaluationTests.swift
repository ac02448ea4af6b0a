import XCTest
@testable import PolicyLintCore

/// The text rules meet the accuracy targets on the evaluation sets in `eval/`.
final class ProseEvaluationTests: XCTestCase {
    /// The targets every development set must meet.
    private static let targetPrecision = 0.9
    private static let targetRecall = 0.85

    private func evaluate(_ name: String) throws -> ProseEvaluation {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../eval/\(name)").standardized
        let samples = try ProseEvaluation.samples(in: String(contentsOf: url, encoding: .utf8), file: name)
        return ProseEvaluation(samples: samples, rules: try RuleSetBuilder(rulebookPaths: []).allRules)
    }

    /// Evaluates `name` and asserts at least `samples` sentences, at least `precision` (the target unless given) and at
    /// least `recall`.
    @discardableResult
    private func assertSet(_ name: String, samples: Int = 0, precision: Double = targetPrecision, recall: Double = targetRecall,
                           file: StaticString = #filePath, line: UInt = #line) throws -> ProseEvaluation {
        let evaluation = try evaluate(name)
        XCTAssertGreaterThanOrEqual(evaluation.sampleCount, samples, file: file, line: line)
        XCTAssertGreaterThanOrEqual(evaluation.overall.precision, precision, evaluation.table(), file: file, line: line)
        XCTAssertGreaterThanOrEqual(evaluation.overall.recall, recall, evaluation.table(), file: file, line: line)
        return evaluation
    }

    func testTheEvaluationSetMeetsTheTargets() throws {
        let evaluation = try assertSet("prose-sentences.tsv", samples: 150)
        XCTAssertTrue(evaluation.kinds.allSatisfy { $0.truePositives > 0 }, "every kind is exercised:\n" + evaluation.table())
    }

    func testTheFirstHeldOutSetMeetsTheTargets() throws {
        try assertSet("prose-sentences-heldout.tsv")
    }

    /// The second held-out set became development data after its first run; it must keep the targets.
    func testTheSecondHeldOutSetMeetsTheTargets() throws {
        try assertSet("prose-sentences-heldout-2.tsv")
    }

    /// The third held-out set became development data after its one blind run; it must keep the targets.
    func testTheThirdHeldOutSetMeetsTheTargets() throws {
        try assertSet("prose-sentences-heldout-3.tsv")
    }

    /// The fourth blind set is a measurement, never tuned on: precision is guarded, and recall must not fall below its
    /// first run.
    func testTheBlindSetKeepsPrecisionAndItsFirstRecall() throws {
        try assertSet("prose-sentences-heldout-4.tsv", samples: 150, recall: 0.76)
    }

    /// The fifth held-out set became development data after its blind runs (0.88 recall); it must keep the targets.
    func testTheFifthHeldOutSetMeetsTheTargets() throws {
        try assertSet("prose-sentences-heldout-5.tsv", samples: 160)
    }

    /// The sixth held-out set became development data after its blind runs (0.68 recall); it must keep the targets.
    func testTheSixthHeldOutSetMeetsTheTargets() throws {
        try assertSet("prose-sentences-heldout-6.tsv", samples: 200)
    }

    /// The seventh blind set, in questionnaire, contract, prospectus and FAQ prose: a measurement, never tuned on;
    /// precision is guarded, and recall must not fall below its first run (103 of 147).
    func testTheSeventhBlindSetKeepsPrecisionAndItsFirstRecall() throws {
        try assertSet("prose-sentences-heldout-7.tsv", samples: 200, recall: 0.70)
    }

    /// The eighth held-out set became development data after its one blind run (0.95 / 0.74); it must keep the targets.
    func testTheEighthHeldOutSetMeetsTheTargets() throws {
        try assertSet("prose-sentences-heldout-8.tsv", samples: 220)
    }

    /// The ninth held-out set (tenders under the Procurement Act 2023, overseas grants, Easy Read, checklists) became
    /// development data after its one blind run (0.97 / 0.68, 123 of 182); it must keep the targets.
    func testTheNinthHeldOutSetMeetsTheTargets() throws {
        try assertSet("prose-sentences-heldout-9.tsv", samples: 240)
    }

    /// The tenth held-out set (lottery and arts funders, Northern Irish and Irish bodies, social investment, clarification
    /// logs, panel minutes, fragments) became development data after its one blind run (0.94 / 0.71, 120 of 169); it must
    /// keep the score its misses were closed to.
    func testTheTenthHeldOutSetKeepsItsScore() throws {
        try assertSet("prose-sentences-heldout-10.tsv", samples: 273, precision: 0.98, recall: 0.99)
    }

    func testAMalformedLineIsAnError() {
        XCTAssertThrowsError(try ProseEvaluation.samples(in: "none no tab here\n", file: "x.tsv"))
    }
}
