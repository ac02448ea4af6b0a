import Foundation
import PolicyCondition
import XCTest

/// Arbitrary input must never crash or hang the compiler or evaluator.
final class RobustnessTests: CELTestCase {
    private static let fragments = [
        "x", "y", "m", "funding", ".", "match_funding", "share", "(", ")", "[", "]", "{", "}", ",", ":", "?",
        "+", "-", "*", "/", "%", "!", "==", "<", ">=", "&&", "||", " in ", "1", "0", "-9223372036854775808",
        "18446744073709551615u", "1.5", "'s'", "\"t\"", "b'\\xff'", "null", "true", "has(", "size(", ".all(e,",
        ".map(e,", "e", "timestamp('2027-01-01T00:00:00Z')", "duration('1h')", ".matches('(')", "date(", "'",
        "r'\\", "\\u", "0x", "1e", "9223372036854775807", "int(", "string(", "type(", "dyn(", "@", "=", " ",
    ]

    func testRandomExpressionsNeverCrash() {
        var generator = SplitMix64(seed: 0xC0FFEE)
        let bindings: [String: CELValue] = [
            "x": .int(Int64.max), "y": .list([1, .null, "a"]), "m": ["a": 1],
            "funding": ["match_funding": .null], "items": [], "deadline": .timestamp(.distantFuture),
        ]
        var compiled = 0
        for _ in 0..<3_000 {
            let count = Int(generator.next() % 12) + 1
            let source = (0..<count).map { _ in Self.fragments[Int(generator.next() % UInt64(Self.fragments.count))] }.joined()
            guard let program = try? CELProgram(source, environment: CELTestCase.environment) else { continue }
            compiled += 1
            _ = program.evaluate(bindings)
            _ = program.evaluate([:])
        }
        XCTAssertGreaterThan(compiled, 50)
    }

    func testHostileBindingsDoNotCrash() {
        let environment = CELEnvironment(variables: ["t": .dyn, "d": .dyn])
        let bindings: [String: CELValue] = ["t": .timestamp(Date(timeIntervalSince1970: 1e15)), "d": .duration(1e300)]
        assertEvaluationError("t.getFullYear()", "timestamp out of range", bindings, environment: environment)
        assertEvaluationError("d.inDays()", "duration out of range", bindings, environment: environment)
        assertEvaluationError("string(t)", "timestamp out of range", bindings, environment: environment)
        assertEvaluationError("int(t)", "timestamp out of range", bindings, environment: environment)
        assertEvaluationError("d + d", "duration out of range", bindings, environment: environment)
        assertValue("d > duration('1s')", true, bindings, environment: environment)
    }

    func testValueAndMapAPI() {
        let map = CELMap([(.string("b"), .int(1)), (.string("a"), .int(2)), (.string("b"), .int(3))])
        XCTAssertEqual(map.keys, [.string("b"), .string("a")])
        XCTAssertEqual(map[.string("b")], .int(3))
        XCTAssertEqual(map.count, 2)
        XCTAssertEqual(CELMap([(.int(1), .string("x"))])[.uint(1)], .string("x"))
        XCTAssertEqual(CELMap([(.string("a"), 1), (.string("b"), 2)]), CELMap([(.string("b"), 2), (.string("a"), 1)]))
        XCTAssertEqual(Set([CELValue.map(CELMap([(.string("a"), 1), (.string("b"), 2)])),
                            .map(CELMap([(.string("b"), 2), (.string("a"), 1)]))]).count, 1)
        XCTAssertEqual(CELValue.list([1, "a", 1.5, true]).description, "[1, \"a\", 1.5, true]")
        XCTAssertEqual(CELValue.int(3).typeName, "int")
        XCTAssertEqual(CELType.map(.string, .list(.int)).description, "map(string, list(int))")
        XCTAssertEqual(compile("x")?.source, "x")
    }
}
