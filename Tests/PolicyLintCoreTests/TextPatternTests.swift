import XCTest
@testable import PolicyLintCore

/// The linear-time pattern subset text rules use.
final class TextPatternTests: XCTestCase {
    private func first(_ pattern: String, _ text: String, ignoreCase: Bool = true) throws -> String? {
        let prose = ProseText(text)
        return try TextPattern(pattern, ignoreCase: ignoreCase).firstMatch(in: prose, range: 0..<prose.count).map { prose.text($0) }
    }

    func testTheSubset() throws {
        XCTAssertEqual(try first(#"\bmatch[- ]fund(ing|ed)\b"#, "Applicants need Match-Funding."), "Match-Funding")
        XCTAssertEqual(try first(#"[0-9]{1,2} ?%"#, "at least 25% of costs"), "25%")
        XCTAssertEqual(try first(#"a{2,3}"#, "caaaat"), "aaa")
        XCTAssertEqual(try first(#"a{2,3}?"#, "caaaat"), "aa")
        XCTAssertEqual(try first(#"^grants"#, "Grants are paid in advance"), "Grants")
        XCTAssertNil(try first(#"^paid"#, "Grants are paid in advance"))
        XCTAssertEqual(try first(#"advance$"#, "Grants are paid in advance"), "advance")
        XCTAssertEqual(try first(#"\Bant\b"#, "grant ant"), "ant")
        XCTAssertEqual(try first(#"[^a-z ]+"#, "apply by 30 June"), "30")
        XCTAssertEqual(try first(#"\d+\s\w+"#, "apply by 30 June"), "30 June")
        XCTAssertEqual(try first(#"(?:no|not) required"#, "This is not required."), "not required")
        XCTAssertEqual(try first(#"x.y"#, "x-y"), "x-y")
        XCTAssertEqual(try first(#"\(CIO\)"#, "an organisation (CIO)."), "(CIO)")
    }

    func testASpaceMatchesAnyRunOfWhiteSpaceAndCaseIsIgnoredUnlessAsked() throws {
        XCTAssertEqual(try first("audited accounts", "provide AUDITED\n    accounts now"), "AUDITED\n    accounts")
        XCTAssertNil(try first("BAME", "bame", ignoreCase: false))
        XCTAssertEqual(try first("(?-i)BAME", "BAME-led"), "BAME")
        XCTAssertEqual(try first("(?i)bame", "BAME-led", ignoreCase: false), "BAME")
        XCTAssertEqual(try first("isn't required", "It isn’t required"), "isn’t required", "curly apostrophes match straight ones")
    }

    func testLeftmostThenPreferredMatchWins() throws {
        XCTAssertEqual(try first("a|ab", "xab"), "a")
        XCTAssertEqual(try first("ab|a", "xab"), "ab")
        XCTAssertEqual(try first("b+", "abbbc"), "bbb")
    }

    func testCatastrophicPatternsFinishQuickly() throws {
        let hostile = String(repeating: "a", count: 30_000) + "b"
        let started = Date()
        XCTAssertNil(try first("(a+)+$", hostile))
        XCTAssertNil(try first("(a|aa)*c", hostile))
        XCTAssertEqual(try first("(a+)+b", hostile)?.count, 30_001)
        XCTAssertEqual(try first("(.*a){20}", hostile)?.count, 30_000)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "a hang guard only: matching is O(text × pattern)")
    }

    func testSyntaxErrorsAreLocated() {
        func error(_ pattern: String) -> PatternSyntaxError? {
            do { _ = try TextPattern(pattern); return nil } catch { return error }
        }
        XCTAssertEqual(error("match (funding")?.offset, 6)
        XCTAssertEqual(error("funding)")?.offset, 7)
        XCTAssertEqual(error(#"(a)\1"#)?.offset, 3)
        XCTAssertEqual(error("(?=a)b")?.offset, 0)
        XCTAssertEqual(error("a{2,500}")?.offset, 1)
        XCTAssertEqual(error("a{3,2}")?.offset, 1)
        XCTAssertEqual(error("[abc")?.offset, 0)
        XCTAssertEqual(error("*a")?.offset, 0)
        XCTAssertNotNil(error("a*"), "a pattern that matches empty text would match everywhere")
        XCTAssertNotNil(error("(((a{100}){100}){100})"), "expanded programs are capped")
    }
}
