import PolicyCondition
import XCTest

/// Arithmetic, comparison and logical operators.
final class OperatorTests: CELTestCase {
    // integer_math.textproto, sections "int64_math" and "uint64_math".
    func testIntegerArithmetic() {
        assertValue("7 + 3", 10)
        assertValue("7 - 10", -3)
        assertValue("6 * -7", -42)
        assertValue("7 / 2", 3)
        assertValue("-7 / 2", -3)
        assertValue("7 % 3", 1)
        assertValue("-7 % 3", -1)
        assertValue("7u + 3u", .uint(10))
        assertValue("7u / 2u", .uint(3))
        assertValue("7u % 4u", .uint(3))
        assertValue("-(5)", -5)
    }

    // integer_math.textproto: "int64_overflow_positive", "int64_overflow_negative", "uint64_overflow_*".
    func testIntegerOverflowIsAnError() {
        assertEvaluationError("9223372036854775807 + 1", "integer overflow")
        assertEvaluationError("-9223372036854775808 - 1", "integer overflow")
        assertEvaluationError("4611686018427387904 * 2", "integer overflow")
        assertEvaluationError("-9223372036854775808 / -1", "integer overflow")
        assertEvaluationError("-9223372036854775808 % -1", "integer overflow")
        assertEvaluationError("-x", "integer overflow", ["x": .int(Int64.min)])
        assertEvaluationError("0u - 1u", "integer overflow")
        assertEvaluationError("18446744073709551615u + 1u", "integer overflow")
    }

    // integer_math.textproto "int64_div_by_zero"/"int64_mod_by_zero"; logic.textproto "error_case".
    func testDivisionByZero() {
        assertEvaluationError("1 / 0", "division by zero")
        assertEvaluationError("1u / 0u", "division by zero")
        assertEvaluationError("1 % 0", "modulus by zero")
        assertEvaluationError("2 / 0 > 4 ? 'baz' : 'quux'", "division by zero")
        assertValue("1.0 / 0.0", .double(.infinity))
    }

    // fp_math.textproto, section "fp_math".
    func testDoubleArithmetic() {
        assertValue("1.5 + 2.25", 3.75)
        assertValue("0.5 * 3.0", 1.5)
        assertValue("-1.5 - 1.0", -2.5)
        assertValue("7.0 / 2.0", 3.5)
    }

    // langdef.md: no implicit numeric conversion for arithmetic.
    func testMixedArithmeticIsRejected() {
        assertProblem("1 + 1.5", "no matching overload for '_+_' applied to (int, double)", offset: 0, length: 7)
        assertEvaluationError("x + 1.5", "no matching overload for '_+_' applied to (int, double)", ["x": 1])
    }

    // string.textproto "concatenation", lists.textproto "concatenation".
    func testConcatenation() {
        assertValue("'ab' + 'cd'", "abcd")
        assertValue("[1, 2] + [3]", [1, 2, 3])
        assertValue("b'a' + b'b'", .bytes([97, 98]))
    }

    // comparisons.textproto, sections "eq_literal", "ne_literal", "lt_literal", "gt_literal", "lte_literal", "gte_literal".
    func testComparisonsOfSameKinds() {
        assertValue("1 == 1", true)
        assertValue("1 != 2", true)
        assertValue("'a' < 'b'", true)
        assertValue("'abc' >= 'abd'", false)
        assertValue("false < true", true)
        assertValue("2u > 1u", true)
        assertValue("b'a' < b'b'", true)
        assertValue("null == null", true)
        assertValue("[1, 2] == [1, 2]", true)
        assertValue("[1, 2] == [2, 1]", false)
        assertValue("{'a': 1, 'b': 2} == {'b': 2, 'a': 1}", true)
        assertValue("{'a': 1} == {'a': 2}", false)
    }

    // comparisons.textproto heterogeneous equality ("eq_int_uint", "eq_int_double", "lt_int_double", ...).
    func testHeterogeneousNumericComparison() {
        assertValue("1 == 1.0", true)
        assertValue("1 == 1u", true)
        assertValue("1u == 1.0", true)
        assertValue("1 < 1.5", true)
        assertValue("2 > 1.5", true)
        assertValue("-1 < 0u", true)
        assertValue("1.5 <= 1", false)
        assertValue("[1] == [1.0]", true)
        assertValue("{1: 'a'} == {1u: 'a'}", true)
        assertValue("9223372036854775807 < 9223372036854775808.0", true)
        assertValue("18446744073709551615u > 1.0", true)
    }

    // comparisons.textproto "not_eq_nan" style: NaN is unordered and unequal.
    func testNaNComparisons() {
        assertValue("x == x", false, ["x": .double(.nan)])
        assertValue("x < 1.0 || x >= 1.0", false, ["x": .double(.nan)])
    }

    // Equality of different kinds is false at runtime (dynamic values), as in modern CEL.
    func testHeterogeneousEqualityOfDynamicValues() {
        assertValue("x == 'a'", false, ["x": 1])
        assertValue("x != null", true, ["x": "a"])
    }

    func testOrderingOfIncomparableTypesIsAnError() {
        assertProblem("'a' < 1", "no matching overload for '_<_' applied to (string, int)", offset: 0, length: 7)
        assertEvaluationError("x < y", "no matching overload for '_<_' applied to (list, list)", ["x": [1], "y": [2]])
    }

    // logic.textproto, sections "AND" and "OR": commutative error absorption.
    func testLogicalAndAbsorption() {
        assertValue("false && (2 / 0 > 3 ? false : true)", false)
        assertValue("(2 / 0 > 3 ? false : true) && false", false)
        assertValue("true && true", true)
        assertEvaluationError("true && 1/0 != 0", "division by zero")
        assertEvaluationError("1/0 != 0 && true", "division by zero")
        assertValue("false && x", false, ["x": "not a bool"])
        assertValue("x && false", false, ["x": "not a bool"])
        assertEvaluationError("x && true", "no matching overload for '_&&_' applied to (string)", ["x": "horses"])
    }

    func testLogicalOrAbsorption() {
        assertValue("true || (2 / 0 > 3 ? false : true)", true)
        assertValue("(2 / 0 > 3 ? false : true) || true", true)
        assertValue("false || false", false)
        assertEvaluationError("false || 1/0 != 0", "division by zero")
        assertEvaluationError("1/0 != 0 || false", "division by zero")
        assertValue("x || true", true, ["x": 32])
    }

    // logic.textproto, section "NOT" and "conditional".
    func testNotAndConditional() {
        assertValue("!true", false)
        assertValue("!false", true)
        assertValue("true ? 1 : 2", 1)
        assertValue("false ? 'foo' : 'bar'", "bar")
        assertValue("true ? 1 : 1 / 0", 1)
        assertEvaluationError("x ? 1 : 2", "no matching overload for '_?_:_'", ["x": "cows"])
    }

    // lists.textproto "in_list_*" and maps "in_map_*".
    func testInOperator() {
        assertValue("2 in [1, 2, 3]", true)
        assertValue("4 in [1, 2, 3]", false)
        assertValue("2.0 in [1, 2]", true)
        assertValue("'a' in {'a': 1}", true)
        assertValue("'b' in {'a': 1}", false)
        assertValue("1u in {1: 'x'}", true)
        assertValue("'share' in funding.match_funding", true,
                    ["funding": ["match_funding": ["share": 0.5, "required": true]]])
    }

    // lists.textproto "index", maps "key_lookup".
    func testIndexing() {
        assertValue("[1, 2, 3][1]", 2)
        assertValue("[1, 2, 3][2u]", 3)
        assertValue("{'a': 1}['a']", 1)
        assertValue("{1: 'one'}[1u]", "one")
        assertEvaluationError("[1, 2][2]", "index out of range: 2")
        assertEvaluationError("[1, 2][-1]", "index out of range: -1")
        assertEvaluationError("{'a': 1}['b']", "no such key: b")
    }

    func testMapLiteralErrors() {
        assertEvaluationError("{'a': 1, 'a': 2}", "repeated map key: a")
        assertProblem("{[1]: 2}", "unsupported map key type list(int)", offset: 1, length: 3)
    }

    // conversions.textproto sections "int", "uint", "double", "string", "bool", "bytes", "dyn", "type".
    func testConversions() {
        assertValue("int(42u)", 42)
        assertValue("int(3.9)", 3)
        assertValue("int(-3.9)", -3)
        assertValue("int('-17')", -17)
        assertValue("uint(42)", .uint(42))
        assertValue("double(3)", 3.0)
        assertValue("double('2.5')", 2.5)
        assertValue("string(42)", "42")
        assertValue("string(42u)", "42")
        assertValue("string(1.5)", "1.5")
        assertValue("string(true)", "true")
        assertValue("string(b'abc')", "abc")
        assertValue("bool('true')", true)
        assertValue("bytes('ab')", .bytes([97, 98]))
        assertValue("dyn(1) == 1", true)
        assertValue("type(1) == int", true)
        assertValue("type('a') == string", true)
        assertValue("type(duration('1s'))", .type("google.protobuf.Duration"))
        assertEvaluationError("int('abc')", "cannot convert string \"abc\" to int")
        assertEvaluationError("int(1e20)", "out of range for int")
        assertEvaluationError("uint(-1)", "integer overflow")
        assertEvaluationError("int(18446744073709551615u)", "integer overflow")
        assertEvaluationError("string(x)", "bytes are not valid UTF-8", ["x": .bytes([0xff])])
    }

    func testSize() {
        assertValue("size('héllo')", 5)
        assertValue("'héllo'.size()", 5)
        assertValue("size([1, 2])", 2)
        assertValue("size({'a': 1})", 1)
        assertValue("size(b'abc')", 3)
        assertProblem("size(1)", "no matching overload for 'size' applied to (int)", offset: 0, length: 7)
    }
}
