import XCTest
import PolicyYAML
@testable import PolicyLintCore

/// A long line is excerpted as a window around the finding, worked out from bytes, with the columns' shift.
final class ExcerptWindowTests: XCTestCase {
    /// The window as first specified, from the line's scalars: the reference the byte-based window must equal.
    private func reference(_ line: String, from column: Int) -> (String, Int) {
        let all = Array(line.unicodeScalars)
        guard all.count > Excerpt.maxLineLength else { return (line, 0) }
        let lower = min(max(0, column - 1 - Excerpt.leadingContext), max(0, all.count - Excerpt.maxLineLength))
        let upper = min(all.count, lower + Excerpt.maxLineLength)
        var text = String.UnicodeScalarView()
        if lower > 0 { text.append("…") }
        text.append(contentsOf: all[lower..<upper])
        if upper < all.count { text.append("…") }
        return (String(text), lower > 0 ? lower - 1 : 0)
    }

    func testTheWindowMatchesTheScalarReferenceOnMixedText() {
        let pieces = ["Grants ", "£500 ", "café ", "— ", "😀 ", "naïve ", "x"]
        var state: UInt64 = 2027
        for length in [10, 239, 240, 241, 300, 1_000] {
            var line = ""
            while line.unicodeScalars.count < length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                line += pieces[Int(state >> 33) % pieces.count]
            }
            line = String(String.UnicodeScalarView(line.unicodeScalars.prefix(length)))
            let source = SourceText(name: "t.md", text: "first line\n" + line + "\nlast line\n")
            let count = line.unicodeScalars.count
            for column in Set([1, 2, 40, 41, 42, 100, count / 2, count - 1, count]).filter({ $0 >= 1 && $0 <= count }) {
                let offset = source.offset(line: 2, column: column)
                let (text, shift) = Excerpt.window(of: source, line: 2, from: column, at: offset)
                let (expected, expectedShift) = reference(line, from: column)
                XCTAssertEqual(text, expected, "length \(length), column \(column)")
                XCTAssertEqual(shift, expectedShift, "length \(length), column \(column)")
                // A line after the first of a span is shown from its start.
                let (continued, continuedShift) = Excerpt.window(of: source, line: 2, from: 1, at: nil)
                XCTAssertEqual(continued, reference(line, from: 1).0)
                XCTAssertEqual(continuedShift, 0)
            }
        }
    }

    func testPositionsOnALongLineCountScalars() {
        let line = String(repeating: "é😀a", count: 1_000)
        let source = SourceText(name: "t.md", text: "x\n" + line)
        let offset = source.offset(line: 2, column: 2_500)
        XCTAssertEqual(source.position(ofOffset: offset), SourcePosition(line: 2, column: 2_500, offset: offset))
    }
}
