import XCTest
@testable import PolicyLintCore

/// The text rules meet the accuracy targets on the evaluation sets in `eval/`.
final class ProseEvaluationTests: XCTestCase {
    private func evaluate(_ name: String) throws -> ProseEvaluation {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../eval/\(name)").standardized
        let samples = try ProseEvaluation.samples(in: String(contentsOf: url, encoding: .utf8), file: name)
        return ProseEvaluation(samples: samples, rules: try RuleSetBuilder(rulebookPaths: []).allRules)
    }

    func testTheEvaluationSetMeetsTheTargets() throws {
        let evaluation = try evaluate("prose-sentences.tsv")
        XCTAssertGreaterThanOrEqual(evaluation.sampleCount, 150)
        XCTAssertGreaterThanOrEqual(evaluation.overall.precision, 0.9, evaluation.table())
        XCTAssertGreaterThanOrEqual(evaluation.overall.recall, 0.85, evaluation.table())
        XCTAssertTrue(evaluation.kinds.allSatisfy { $0.truePositives > 0 }, "every kind is exercised:\n" + evaluation.table())
    }

    func testTheFirstHeldOutSetMeetsTheTargets() throws {
        let evaluation = try evaluate("prose-sentences-heldout.tsv")
        XCTAssertGreaterThanOrEqual(evaluation.overall.precision, 0.9, evaluation.table())
        XCTAssertGreaterThanOrEqual(evaluation.overall.recall, 0.85, evaluation.table())
    }

    /// The second held-out set became development data after its first run; it must keep the targets.
    func testTheSecondHeldOutSetMeetsTheTargets() throws {
        let evaluation = try evaluate("prose-sentences-heldout-2.tsv")
        XCTAssertGreaterThanOrEqual(evaluation.overall.precision, 0.9, evaluation.table())
        XCTAssertGreaterThanOrEqual(evaluation.overall.recall, 0.85, evaluation.table())
    }

    /// The third held-out set became development data after its one blind run; it must keep the targets.
    func testTheThirdHeldOutSetMeetsTheTargets() throws {
        let evaluation = try evaluate("prose-sentences-heldout-3.tsv")
        XCTAssertGreaterThanOrEqual(evaluation.overall.precision, 0.9, evaluation.table())
        XCTAssertGreaterThanOrEqual(evaluation.overall.recall, 0.85, evaluation.table())
    }

    /// The blind set is a measurement, never tuned on: precision is guarded, and recall must not fall below its first run.
    func testTheBlindSetKeepsPrecisionAndItsFirstRecall() throws {
        let evaluation = try evaluate("prose-sentences-heldout-4.tsv")
        XCTAssertGreaterThanOrEqual(evaluation.sampleCount, 150)
        XCTAssertGreaterThanOrEqual(evaluation.overall.precision, 0.9, evaluation.table())
        XCTAssertGreaterThanOrEqual(evaluation.overall.recall, 0.76, evaluation.table())
    }

    /// The fifth held-out set became development data after its blind runs (0.88 recall); it must keep the targets.
    func testTheFifthHeldOutSetMeetsTheTargets() throws {
        let evaluation = try evaluate("prose-sentences-heldout-5.tsv")
        XCTAssertGreaterThanOrEqual(evaluation.sampleCount, 160)
        XCTAssertGreaterThanOrEqual(evaluation.overall.precision, 0.9, evaluation.table())
        XCTAssertGreaterThanOrEqual(evaluation.overall.recall, 0.85, evaluation.table())
    }

    /// The sixth held-out set became development data after its blind runs (0.68 recall); it must keep the targets.
    func testTheSixthHeldOutSetMeetsTheTargets() throws {
        let evaluation = try evaluate("prose-sentences-heldout-6.tsv")
        XCTAssertGreaterThanOrEqual(evaluation.sampleCount, 200)
        XCTAssertGreaterThanOrEqual(evaluation.overall.precision, 0.9, evaluation.table())
        XCTAssertGreaterThanOrEqual(evaluation.overall.recall, 0.85, evaluation.table())
    }

    /// The seventh blind set, in questionnaire, contract, prospectus and FAQ prose: a measurement, never tuned on;
    /// precision is guarded, and recall must not fall below its first run (103 of 147).
    func testTheSeventhBlindSetKeepsPrecisionAndItsFirstRecall() throws {
        let evaluation = try evaluate("prose-sentences-heldout-7.tsv")
        XCTAssertGreaterThanOrEqual(evaluation.sampleCount, 200)
        XCTAssertGreaterThanOrEqual(evaluation.overall.precision, 0.9, evaluation.table())
        XCTAssertGreaterThanOrEqual(evaluation.overall.recall, 0.70, evaluation.table())
    }

    func testAMalformedLineIsAnError() {
        XCTAssertThrowsError(try ProseEvaluation.samples(in: "none no tab here\n", file: "x.tsv"))
    }
}
