import Foundation
import PolicyCondition
import XCTest

/// Static checking: names, fields, overloads, result types and referenced paths.
final class CheckerTests: CELTestCase {
    func testUnknownVariableWithSuggestion() {
        assertProblem("fundng.amount > 0", "undeclared reference to 'fundng' (did you mean 'funding'?)", offset: 0, length: 6)
        assertProblem("1 + zzz", "undeclared reference to 'zzz'", offset: 4, length: 3)
    }

    func testUnknownFieldWithSuggestion() {
        assertProblem("funding.match_funding.sharre > 0.1",
                      "unknown field 'sharre' on funding.match_funding (did you mean 'share'?)", offset: 22, length: 6)
        assertProblem("funding.amout > 0", "unknown field 'amout' on funding (did you mean 'amount'?)", offset: 8, length: 5)
        assertProblem("has(funding.match_funding.requird)",
                      "unknown field 'requird' on funding.match_funding (did you mean 'required'?)", offset: 26, length: 7)
    }

    func testDynAndMapsAcceptAnyField() {
        XCTAssertNotNil(compile("x.anything.goes == 1"))
        XCTAssertNotNil(compile("m.whatever > 1"))
    }

    func testAllProblemsAreReportedInSourceOrder() {
        let found = problems("fundng.x && funding.amout > 0 && 'a' + 1 == 'b'")
        XCTAssertEqual(found.map(\.offset), [0, 20, 33])
        XCTAssertEqual(found.map(\.message), [
            "undeclared reference to 'fundng' (did you mean 'funding'?)",
            "unknown field 'amout' on funding (did you mean 'amount'?)",
            "no matching overload for '_+_' applied to (string, int)",
        ])
    }

    func testOverloadProblems() {
        assertProblem("\"a\" + 1", "no matching overload for '_+_' applied to (string, int)", offset: 0, length: 7)
        assertProblem("funding.currency == 1", "no matching overload for '_==_' applied to (string, int)", offset: 0, length: 21)
        assertProblem("funding.amount && true", "no matching overload for '_&&_' applied to (int, bool)", offset: 0, length: 22)
        assertProblem("!1", "no matching overload for '!_' applied to (int)", offset: 0, length: 2)
        assertProblem("1 in 'abc'", "no matching overload for '@in' applied to (int, string)", offset: 0, length: 10)
        assertProblem("funding.partners['a']", "no matching overload for '_[_]' applied to (list(string), string)", offset: 0, length: 21)
    }

    func testDynIsPermissive() {
        XCTAssertNotNil(compile("x + 1 == y"))
        XCTAssertNotNil(compile("x.contains('a') || size(y) > 2"))
        XCTAssertNotNil(compile("funding.amount == null"))
    }

    func testUnknownFunctionAndArity() {
        assertProblem("sise(x) > 1", "unknown function 'sise' (did you mean 'size'?)", offset: 0, length: 4)
        assertProblem("size(x, y)", "wrong number of arguments to 'size': expected 1, got 2", offset: 0, length: 4)
        assertProblem("x.frobnicate()", "unknown function 'frobnicate'", offset: 2, length: 10)
        assertProblem("x.date()", "'date' is not a method; call it as date(...)", offset: 2, length: 4)
    }

    func testResultType() {
        XCTAssertEqual(compile("funding.amount > 1000")?.resultType, .bool)
        XCTAssertEqual(compile("funding.amount")?.resultType, .int)
        XCTAssertEqual(compile("funding.match_funding.share * 2.0")?.resultType, .double)
        XCTAssertEqual(compile("funding.partners.map(p, size(p))")?.resultType, .list(.int))
        XCTAssertEqual(compile("funding.partners.filter(p, p != 'x')")?.resultType, .list(.string))
        XCTAssertEqual(compile("x.y")?.resultType, .dyn)
        XCTAssertEqual(compile("[1, 2]")?.resultType, .list(.int))
        XCTAssertEqual(compile("{'a': 1.5}")?.resultType, .map(.string, .double))
        XCTAssertEqual(compile("true ? 1 : 'a'")?.resultType, .dyn)
        XCTAssertEqual(compile("deadline - date('2027-01-01')")?.resultType, .duration)
    }

    func testReferencedPaths() {
        let program = compile(
            "funding.match_funding.required && has(funding.match_funding.share) && funding['currency'] == 'EUR'"
                + " && funding.partners.all(p, p.size() > 1) && x > 0 && funding.match_funding.required")
        XCTAssertEqual(program?.referencedPaths, [
            "funding.match_funding.required", "funding.match_funding.share", "funding.currency", "funding.partners", "x",
        ])
        XCTAssertEqual(compile("[1].map(x, x + 1)")?.referencedPaths, [])
    }

    func testHostFunctions() {
        let percent = CELFunction(name: "percent", receiverStyle: false, overloads: [
            CELOverload(parameters: [.double], result: .double) { arguments in
                guard case .double(let value) = arguments[0] else { return .error(CELEvaluationError("bad argument")) }
                return .value(.double(value * 100))
            },
        ])
        let isoCountry = CELFunction(name: "isCountryCode", receiverStyle: true, overloads: [
            CELOverload(parameters: [.string], result: .bool) { arguments in
                guard case .string(let code) = arguments[0] else { return .error(CELEvaluationError("bad argument")) }
                return .value(.bool(code.count == 2))
            },
        ])
        let failing = CELFunction(name: "boom", receiverStyle: false, overloads: [
            CELOverload(parameters: [], result: .bool) { _ in .error(CELEvaluationError("boom failed")) },
        ])
        let environment = CELEnvironment(variables: ["funding": Self.fundingType, "code": .string, "x": .dyn],
                                         functions: [percent, isoCountry, failing])
        let bindings: [String: CELValue] = ["funding": ["match_funding": ["share": 0.25, "required": true]], "code": "DE"]
        assertValue("percent(funding.match_funding.share) == 25.0", true, bindings, environment: environment)
        assertValue("code.isCountryCode()", true, bindings, environment: environment)
        assertValue("false && boom()", false, environment: environment)
        assertEvaluationError("boom()", "boom failed", environment: environment)
        assertEvaluationError("percent(x)", "no matching overload for 'percent' applied to (string)", ["x": "a"],
                              environment: environment)
        XCTAssertEqual(compile("percent(0.5)", environment: environment)?.resultType, .double)
        assertProblem("percent('a')", "no matching overload for 'percent' applied to (string)", offset: 0, length: 12,
                      environment: environment)
        assertProblem("percent()", "wrong number of arguments to 'percent': expected 1, got 0", offset: 0, length: 7,
                      environment: environment)
        assertProblem("percnt(1.0)", "unknown function 'percnt' (did you mean 'percent'?)", offset: 0, length: 6,
                      environment: environment)
    }

    func testProgramIsReusableAcrossThreads() {
        guard let program = compile("x.matches('^a+$') && size(x) == n",
                                    environment: CELEnvironment(variables: ["x": .string, "n": .int])) else { return }
        let failures = LockedCounter()
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            let count = index % 5 + 1
            let text = String(repeating: "a", count: count)
            if program.evaluate(["x": .string(text), "n": .int(Int64(count))]) != .value(.bool(true)) { failures.increment() }
        }
        XCTAssertEqual(failures.value, 0)
    }

    func testMacroArity() {
        assertProblem("[1].all(e)", "wrong number of arguments to 'all': expected 2, got 1", offset: 4, length: 3)
        assertProblem("[1].map(e)", "wrong number of arguments to 'map': expected 2 or 3, got 1", offset: 4, length: 3)
    }

    // The limits keep compilation and evaluation within a 512 KiB thread stack, even in debug builds.
    func testCompileAndEvaluateAtTheLimitsOnSmallStackThread() {
        let sources = [
            "size(" + String(repeating: "[", count: 29) + "1" + String(repeating: "]", count: 29) + ") == 1",
            String(repeating: "(", count: 31) + "x" + String(repeating: ")", count: 31) + " == 1",
            Array(repeating: "x", count: 63).joined(separator: " + ") + " == 63",
            String(repeating: "x == 2 ? false : ", count: 30) + "true",
            String(repeating: "[1].all(e, ", count: 30) + "e == x" + String(repeating: ")", count: 30),
            String(repeating: "-", count: 62) + "x == 1",
            "has(m" + String(repeating: ".a", count: 62) + ")",
        ]
        let environment = CELEnvironment(variables: ["x": .int, "m": .dyn])
        let done = expectation(description: "evaluated")
        let thread = Thread {
            for source in sources {
                do throws(CELCompileError) {
                    let program = try CELProgram(source, environment: environment)
                    let expected: CELValue = source.hasPrefix("has") ? false : true
                    XCTAssertEqual(program.evaluate(["x": 1, "m": [:]]), .value(expected), source)
                } catch {
                    XCTFail("\(source): \(error.problems)")
                }
            }
            done.fulfill()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        wait(for: [done], timeout: 10)
    }
}
