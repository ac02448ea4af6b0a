import PolicyCondition
import XCTest

/// Comprehension macros (macros.textproto sections "exists", "all", "exists_one", "map", "filter").
final class MacroTests: CELTestCase {
    func testAll() {
        assertValue("[1, 2, 3].all(e, e > 0)", true)
        assertValue("[1, 2, 3].all(e, e > 1)", false)
        assertValue("[].all(e, e > 0)", true)
        assertValue("items.all(i, i < 10)", true, ["items": [1, 2]])
    }

    // macros.textproto "all" / "exists" short-circuit over errors.
    func testAllAbsorbsErrorsWhenSomeElementIsFalse() {
        assertValue("[0, 2].all(e, 10 / e > 10)", false)
        assertEvaluationError("[0, 2].all(e, 10 / e > 1)", "division by zero")
    }

    func testExists() {
        assertValue("[1, 2, 3].exists(e, e == 2)", true)
        assertValue("[1, 2, 3].exists(e, e == 5)", false)
        assertValue("[0, 2].exists(e, 10 / e == 5)", true)
        assertEvaluationError("[0, 2].exists(e, 10 / e == 1)", "division by zero")
    }

    func testExistsOne() {
        assertValue("[1, 2, 3].exists_one(e, e > 2)", true)
        assertValue("[1, 2, 3].exists_one(e, e > 1)", false)
        assertEvaluationError("[0, 2].exists_one(e, 10 / e == 5)", "division by zero")
    }

    func testFilterAndMap() {
        assertValue("[1, 2, 3, 4].filter(e, e % 2 == 0)", [2, 4])
        assertValue("[1, 2, 3].map(e, e * 10)", [10, 20, 30])
        assertValue("[1, 2, 3].map(e, e > 1, e * 10)", [20, 30])
        assertValue("[1, 2, 3].filter(e, e > 1).map(e, e * 2)", [4, 6])
        assertValue("size([1, 2, 3].filter(e, e > 5))", 0)
    }

    // macros.textproto "map" iteration over map keys.
    func testMacrosOverMapsIterateKeys() {
        assertValue("{'a': 1, 'b': 2}.all(k, k in ['a', 'b'])", true)
        assertValue("{'a': 1, 'b': 2}.map(k, k + k)", ["aa", "bb"])
        assertValue("m.exists(k, m[k] > 1)", true, ["m": ["a": 1, "b": 2]])
    }

    func testNestedMacrosAndShadowing() {
        assertValue("[[1, 2], [3]].all(l, l.all(e, e > 0))", true)
        assertValue("[1, 2].map(x, x + 1)", [2, 3], ["x": "shadowed"])
        assertValue("[1, 2].exists(e, [2].exists(f, e == f))", true)
    }

    func testPredicateMustBeBool() {
        assertProblem("[1].all(e, e + 1)", "the condition of 'all' must be bool, not int", offset: 11, length: 5)
        assertEvaluationError("x.all(e, e)", "no matching overload for 'all' applied to (int)", ["x": [1]])
    }

    func testIteratingNonCollection() {
        assertProblem("(1).all(e, true)", "'all' cannot iterate over int; expected a list or map", offset: 4, length: 3)
        assertEvaluationError("x.exists(e, true)", "no matching overload for 'exists' applied to (string)", ["x": "abc"])
    }

    func testLargeComprehensionResult() {
        let numbers = CELValue.list((0..<50_000).map { CELValue.int(Int64($0)) })
        assertValue("size(x.map(e, e * 2).filter(e, e % 4 == 0))", 25_000, ["x": numbers])
    }
}
