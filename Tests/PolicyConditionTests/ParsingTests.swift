import PolicyCondition
import XCTest

/// Literals, precedence and syntax errors (cel-spec langdef.md "Syntax", tests/simple/testdata/parse.textproto, basic.textproto).
final class ParsingTests: CELTestCase {
    // basic.textproto, section "self_eval_nonzeroish"/"self_eval_zeroish".
    func testNumericLiterals() {
        assertValue("42", .int(42))
        assertValue("0x2A", .int(42))
        assertValue("42u", .uint(42))
        assertValue("0x2Au", .uint(42))
        assertValue("1.5", .double(1.5))
        assertValue("1e3", .double(1000))
        assertValue("2.5e-1", .double(0.25))
        assertValue("-7", .int(-7))
        assertValue("-9223372036854775808", .int(Int64.min))
    }

    // parse.textproto / integer_math.textproto: the most negative int literal is valid only negated.
    func testIntegerLiteralOutOfRange() {
        assertProblem("9223372036854775808", "integer literal is out of range", offset: 0, length: 19)
        assertProblem("1 + 99999999999999999999", "integer literal is out of range", offset: 4, length: 20)
    }

    // basic.textproto, section "self_eval_nonzeroish" strings and string.textproto escapes.
    func testStringLiterals() {
        assertValue("'single'", "single")
        assertValue("\"double\"", "double")
        assertValue("'''tri\nple'''", "tri\nple")
        assertValue("\"\"\"say \"hi\" ok\"\"\"", "say \"hi\" ok")
        assertValue(#"r"raw\n""#, .string("raw\\n"))
        assertValue(#"'tab\there'"#, "tab\there")
        assertValue(#"'\x41\u00e9\101\\'"#, "A\u{e9}A\\")
        assertValue(#"'\U0001F600'"#, "\u{1F600}")
        assertValue("b'ab'", .bytes([97, 98]))
        assertValue(#"b'\xff'"#, .bytes([255]))
    }

    func testInvalidEscapeIsLocated() {
        assertProblem(#"'ab\q'"#, #"invalid escape sequence '\q'"#, offset: 3, length: 2)
    }

    func testUnterminatedString() {
        assertProblem("x == 'abc", "unterminated string literal", offset: 5, length: 4)
    }

    func testCollectionsAndKeywords() {
        assertValue("[1, 'a', true, null]", .list([.int(1), .string("a"), .bool(true), .null]))
        assertValue("[1, 2,]", .list([1, 2]))
        assertValue("{'a': 1, 'b': 2}", .map(CELMap([(.string("a"), .int(1)), (.string("b"), .int(2))])))
        assertValue("{}", .map(CELMap([])))
        assertValue("[]", .list([]))
    }

    // langdef.md "Operators" precedence table.
    func testPrecedence() {
        assertValue("1 + 2 * 3", 7)
        assertValue("(1 + 2) * 3", 9)
        assertValue("10 - 4 - 3", 3)
        assertValue("100 / 10 / 5", 2)
        assertValue("1 + 2 == 3 && 2 < 3", true)
        assertValue("true || false && false", true)
        assertValue("!false == true", true)
        assertValue("-2 * 3", -6)
        assertValue("true ? 1 : false ? 2 : 3", 1)
        assertValue("false ? 1 : false ? 2 : 3", 3)
        assertValue("1 in [1] == true", true)
        assertValue("--5", 5)
        assertValue("!!true", true)
    }

    func testCommentsAndWhitespace() {
        assertValue("1 + // one\n 2", 3)
    }

    // Syntax errors report the offending token.
    func testMissingClosingParenthesis() {
        assertProblem("(1 + 2", "expected ')' but found end of input", offset: 6, length: 0)
        assertProblem("size(x", "expected ')' but found end of input", offset: 6, length: 0)
    }

    func testUnexpectedTokens() {
        assertProblem("1 + ", "expected an expression but found end of input", offset: 4, length: 0)
        assertProblem("1 2", "expected end of input but found '2'", offset: 2, length: 1)
        assertProblem("a = 1", "unexpected character '=' (did you mean '=='?)", offset: 2, length: 1)
        assertProblem("[1, 2", "expected ']' but found end of input", offset: 5, length: 0)
        assertProblem("{'a' 1}", "expected ':' but found '1'", offset: 5, length: 1)
        assertProblem("x.", "expected a field or method name but found end of input", offset: 2, length: 0)
        assertProblem("if", "'if' is a reserved word and cannot be used as an identifier", offset: 0, length: 2)
    }

    func testOffsetsCountUnicodeScalars() {
        // "é" and the emoji are one scalar each, so the ')' error sits at scalar offset 9.
        assertProblem("('é😀' + x", "expected ')' but found end of input", offset: 9, length: 0)
    }

    func testHasRequiresFieldSelection() {
        assertProblem("has(x)", "invalid argument to has() macro: expected a field selection such as has(a.b)", offset: 0, length: 6)
    }

    func testMacroVariableMustBeSimpleName() {
        assertProblem("[1].all(1, true)", "the first argument of 'all' must be a simple variable name", offset: 8, length: 1)
    }

    // Deeply nested input must be rejected cleanly instead of overflowing the stack.
    func testDeepParenthesesRejected() {
        let source = String(repeating: "(", count: 100) + "1" + String(repeating: ")", count: 100)
        let found = problems(source)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.message, "expression is nested too deeply (more than 32 levels)")
        XCTAssertEqual(found.first?.offset, 32)
    }

    func testDeepListsAndUnaryRejected() {
        let lists = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        XCTAssertEqual(problems(lists).first?.message, "expression is nested too deeply (more than 32 levels)")
        let negations = String(repeating: "!", count: 10_000) + "true"
        XCTAssertEqual(problems(negations).first?.message, "expression is nested too deeply (more than 64 levels)")
        let sums = Array(repeating: "1", count: 5_000).joined(separator: " + ")
        XCTAssertEqual(problems(sums).first?.message, "expression is nested too deeply (more than 64 levels)")
    }

    func testModerateNestingAccepted() {
        let source = String(repeating: "(", count: 30) + "1" + String(repeating: ")", count: 30)
        assertValue(source, 1)
        let chain = Array(repeating: "1", count: 60).joined(separator: " + ")
        assertValue(chain, 60)
        let tooLong = Array(repeating: "1", count: 65).joined(separator: " + ")
        XCTAssertEqual(problems(tooLong).first?.message, "expression is nested too deeply (more than 64 levels)")
    }

    // Long logical chains are balanced, so they do not hit the height limit.
    func testLongLogicalChainsAccepted() {
        let chain = Array(repeating: "false", count: 2_000).joined(separator: " || ") + " || true"
        assertValue(chain, true)
    }

    func testMessageConstructionUnsupported() {
        assertProblem("Foo{a: 1}", "message construction is not supported", offset: 3, length: 1)
    }
}
