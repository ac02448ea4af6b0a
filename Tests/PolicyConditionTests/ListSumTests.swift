import PolicyCondition
import XCTest

/// `list.sum()`: the total of a list of numbers, as a double, so rules can add up weights they select.
final class ListSumTests: CELTestCase {
    func testSumAddsIntsUintsAndDoubles() {
        assertValue("[5, 5, 5].sum()", .double(15))
        assertValue("[2.5, 2.5, 5].sum()", .double(10))
        assertValue("[1u, 2u].sum()", .double(3))
        assertValue("items.sum()", .double(6), ["items": .list([.int(1), .int(2), .int(3)])])
    }

    func testSumOfAnEmptyListIsZero() {
        assertValue("[].sum()", .double(0))
        assertValue("items.filter(i, i > 10).sum()", .double(0), ["items": .list([.int(1), .int(2)])])
    }

    func testSumOfSelectedFieldsComparesWithANumber() {
        let criteria: CELValue = .list([
            .map(CELMap([(.string("name"), .string("social value - jobs")), (.string("weight"), .int(3))])),
            .map(CELMap([(.string("name"), .string("quality")), (.string("weight"), .int(90))])),
            .map(CELMap([(.string("name"), .string("social value - environment")), (.string("weight"), .double(4.5))])),
        ])
        assertValue("x.filter(c, c.name.startsWith('social')).map(c, c.weight).sum()", .double(7.5), ["x": criteria])
        assertValue("x.filter(c, c.name.startsWith('social')).map(c, c.weight).sum() < 10", true, ["x": criteria])
    }

    func testSumOfSomethingThatIsNotANumberIsAnError() {
        assertEvaluationError("x.sum()", "no matching overload for 'sum'", ["x": .list([.int(1), .string("two")])])
        assertEvaluationError("x.sum()", "no matching overload for 'sum'", ["x": .string("12")])
    }
}
