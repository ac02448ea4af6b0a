import XCTest
@testable import PolicyLintReporters

/// Terminal prose wraps at a width counted in characters, not bytes or scalars.
final class TextWrapperTests: XCTestCase {
    func testWrapsAtTheWidthAndKeepsLongWordsWhole() {
        XCTAssertEqual(TextWrapper.wrap("one two three four", width: 9), ["one two", "three", "four"])
        XCTAssertEqual(TextWrapper.wrap("one two", width: 7), ["one two"])
        XCTAssertEqual(TextWrapper.wrap("a unbreakablewordthatislong b", width: 5), ["a", "unbreakablewordthatislong", "b"])
        XCTAssertEqual(TextWrapper.wrap("  spaced\n\tout  words ", width: 80), ["spaced out words"])
        XCTAssertEqual(TextWrapper.wrap("windows\r\nline\rends", width: 80), ["windows line ends"])
        XCTAssertEqual(TextWrapper.wrap("", width: 10), [])
    }

    func testCountsCharactersNotBytes() {
        // "café" is four characters (five bytes); "👩🏽‍💻" is one character of several scalars.
        XCTAssertEqual(TextWrapper.wrap("café café", width: 9), ["café café"])
        XCTAssertEqual(TextWrapper.wrap("👩🏽‍💻 ab", width: 4), ["👩🏽‍💻 ab"])
        XCTAssertEqual(TextWrapper.wrap("👩🏽‍💻 abc", width: 4), ["👩🏽‍💻", "abc"])
        // A combining mark after a space is kept, in the word that follows.
        XCTAssertEqual(TextWrapper.wrap("a \u{301}b c", width: 80), ["a \u{301}b c"])
    }

    func testALongParagraphWrapsToTheSameLinesAsWordByWordJoining() {
        let words = (0..<2_000).map { "w\($0 % 97)" + String(repeating: "x", count: $0 % 7) }
        let lines = TextWrapper.wrap(words.joined(separator: " "), width: 40)
        XCTAssertEqual(lines.flatMap { $0.split(separator: " ").map(String.init) }, words)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 40 })
        XCTAssertTrue(zip(lines, lines.dropFirst()).allSatisfy { $0.count + 1 + ($1.split(separator: " ").first?.count ?? 0) > 40 },
                      "each line is as full as it can be")
    }
}
