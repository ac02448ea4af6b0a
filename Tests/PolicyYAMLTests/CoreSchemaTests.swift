import XCTest
@testable import PolicyYAML

/// The YAML 1.2 core schema decides scalar types.
final class CoreSchemaTests: XCTestCase {
    func testYAML11BooleansStayStrings() {
        XCTAssertEqual(ScalarValue.resolvePlain("no"), .string("no"))
        XCTAssertEqual(ScalarValue.resolvePlain("yes"), .string("yes"))
        XCTAssertEqual(ScalarValue.resolvePlain("on"), .string("on"))
        XCTAssertEqual(ScalarValue.resolvePlain("True"), .bool(true))
        XCTAssertEqual(ScalarValue.resolvePlain("false"), .bool(false))
    }

    func testWordsAreStringsWhateverTheirFirstLetter() {
        for word in ["grant", "nothing", "Null pointer", "training", "TRUE story", "falsehood", "~x", "+x", "-", "-x", ".x", "£500", "é"] {
            XCTAssertEqual(ScalarValue.resolvePlain(word), .string(word), word)
        }
    }

    func testNumbers() {
        XCTAssertEqual(ScalarValue.resolvePlain("42"), .int(42))
        XCTAssertEqual(ScalarValue.resolvePlain("-7"), .int(-7))
        XCTAssertEqual(ScalarValue.resolvePlain("+7"), .int(7))
        XCTAssertEqual(ScalarValue.resolvePlain("0x1F"), .int(31))
        XCTAssertEqual(ScalarValue.resolvePlain("0o17"), .int(15))
        XCTAssertEqual(ScalarValue.resolvePlain("0.25"), .float(0.25))
        XCTAssertEqual(ScalarValue.resolvePlain("1e3"), .float(1000))
        XCTAssertEqual(ScalarValue.resolvePlain(".5"), .float(0.5))
        XCTAssertEqual(ScalarValue.resolvePlain("-.inf"), .float(-.infinity))
        XCTAssertEqual(ScalarValue.resolvePlain("1_000"), .string("1_000"))
        XCTAssertEqual(ScalarValue.resolvePlain("2027-01-10"), .string("2027-01-10"))
        XCTAssertEqual(ScalarValue.resolvePlain("1.2.3"), .string("1.2.3"))
        XCTAssertEqual(ScalarValue.resolvePlain("."), .string("."))
    }

    func testNulls() {
        for text in ["", "~", "null", "Null", "NULL"] {
            XCTAssertEqual(ScalarValue.resolvePlain(text), .null, text)
        }
    }

    func testQuotedScalarsAreStrings() throws {
        let root = try YAMLLoader.load(text: "a: '12'\nb: \"true\"\nc: 12\n")[0].root
        XCTAssertEqual(root["a"]?.scalar?.value, .string("12"))
        XCTAssertEqual(root["b"]?.scalar?.value, .string("true"))
        XCTAssertEqual(root["c"]?.scalar?.value, .int(12))
    }

    func testStandardTagsConvert() throws {
        let root = try YAMLLoader.load(text: "a: !!str 12\nb: !!float 3\nc: !!int \"4\"\n")[0].root
        XCTAssertEqual(root["a"]?.scalar?.value, .string("12"))
        XCTAssertEqual(root["b"]?.scalar?.value, .float(3))
        XCTAssertEqual(root["c"]?.scalar?.value, .int(4))
    }
}
