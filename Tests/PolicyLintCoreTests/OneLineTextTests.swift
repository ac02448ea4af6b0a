import XCTest
@testable import PolicyLintCore

/// Messages fold onto one line, whatever control characters or separators a quoted value holds.
final class OneLineTextTests: XCTestCase {
    func testEveryControlCharacterAndSeparatorBreaksAndNothingElseDoes() throws {
        let samples = (0..<0x300).compactMap(Unicode.Scalar.init) + ["\u{85}", "\u{2028}", "\u{2029}", "\u{200B}", "\u{A0}", "é", "€"]
        for scalar in samples {
            let category = scalar.properties.generalCategory
            let breaks = category == .control || category == .lineSeparator || category == .paragraphSeparator
            let folded = OneLineText.folded("a \(Character(scalar)) b")
            if scalar == "\t" {
                XCTAssertEqual(folded, "a \t b", "a tab alone keeps the line as it is")
            } else if breaks {
                XCTAssertEqual(folded, "a b", "U+\(String(scalar.value, radix: 16)) breaks a line or controls a terminal")
            } else {
                XCTAssertEqual(folded, "a \(Character(scalar)) b", "U+\(String(scalar.value, radix: 16)) is kept")
            }
        }
        XCTAssertEqual(OneLineText.folded("Hold ISO 9001\r\n::add-mask::x  \n\n and CHAS"), "Hold ISO 9001 ::add-mask::x and CHAS")
    }
}
