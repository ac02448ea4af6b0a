import PolicyCondition
import XCTest

/// Base class with helpers for compiling and evaluating expressions in tests.
class CELTestCase: XCTestCase {
    /// The object type used by the policy examples.
    static let fundingType = CELType.object(name: "funding", fields: [
        "match_funding": .object(name: "funding.match_funding", fields: ["required": .bool, "share": .double]),
        "amount": .int,
        "currency": .string,
        "partners": .list(.string),
    ])

    /// The default environment: a typed `funding` object plus dynamic `x`, `y` and `m`.
    static let environment = CELEnvironment(variables: [
        "funding": fundingType,
        "x": .dyn,
        "y": .dyn,
        "m": .map(.string, .int),
        "items": .list(.int),
        "deadline": .timestamp,
    ])

    /// Compiles `source`, failing the test on compile errors.
    func compile(_ source: String, environment: CELEnvironment = CELTestCase.environment,
                 file: StaticString = #filePath, line: UInt = #line) -> CELProgram? {
        do {
            return try CELProgram(source, environment: environment)
        } catch {
            XCTFail("compile failed for \(source): \(error.problems)", file: file, line: line)
            return nil
        }
    }

    /// Compiles and evaluates `source`.
    func evaluate(_ source: String, _ bindings: [String: CELValue] = [:],
                  environment: CELEnvironment = CELTestCase.environment,
                  file: StaticString = #filePath, line: UInt = #line) -> CELResult? {
        compile(source, environment: environment, file: file, line: line)?.evaluate(bindings)
    }

    /// Asserts that `source` evaluates to `expected`.
    func assertValue(_ source: String, _ expected: CELValue, _ bindings: [String: CELValue] = [:],
                     environment: CELEnvironment = CELTestCase.environment,
                     file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(evaluate(source, bindings, environment: environment, file: file, line: line),
                       .value(expected), source, file: file, line: line)
    }

    /// Asserts that `source` compiles but fails at evaluation with a message containing `fragment`.
    func assertEvaluationError(_ source: String, _ fragment: String, _ bindings: [String: CELValue] = [:],
                               environment: CELEnvironment = CELTestCase.environment,
                               file: StaticString = #filePath, line: UInt = #line) {
        guard let result = evaluate(source, bindings, environment: environment, file: file, line: line) else { return }
        guard case .error(let error) = result else {
            XCTFail("\(source) evaluated to \(result), expected error containing '\(fragment)'", file: file, line: line)
            return
        }
        XCTAssertTrue(error.message.contains(fragment), "\(source): '\(error.message)' lacks '\(fragment)'", file: file, line: line)
    }

    /// The compile problems of `source` (empty, with a test failure, when it compiles).
    func problems(_ source: String, environment: CELEnvironment = CELTestCase.environment,
                  file: StaticString = #filePath, line: UInt = #line) -> [CELProblem] {
        do {
            _ = try CELProgram(source, environment: environment)
            XCTFail("expected compile problems for \(source)", file: file, line: line)
            return []
        } catch {
            return error.problems
        }
    }

    /// Asserts exactly one problem with the given message, offset and length.
    func assertProblem(_ source: String, _ message: String, offset: Int, length: Int,
                       environment: CELEnvironment = CELTestCase.environment,
                       file: StaticString = #filePath, line: UInt = #line) {
        let found = problems(source, environment: environment, file: file, line: line)
        XCTAssertEqual(found, [CELProblem(message: message, offset: offset, length: length)], source, file: file, line: line)
    }
}
