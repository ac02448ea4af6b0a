import XCTest
@testable import PolicyLintCore

/// Numbers in messages read as people write them.
final class NumberTextTests: XCTestCase {
    func testGrouping() {
        XCTAssertEqual(NumberText.grouped(0), "0")
        XCTAssertEqual(NumberText.grouped(999), "999")
        XCTAssertEqual(NumberText.grouped(1000), "1,000")
        XCTAssertEqual(NumberText.grouped(1_250_000), "1,250,000")
        XCTAssertEqual(NumberText.grouped(12.5), "12.5")
        XCTAssertEqual(NumberText.grouped(0.05), "0.05")
        XCTAssertEqual(NumberText.grouped(2500.256), "2,500.26")
        XCTAssertEqual(NumberText.grouped(-1500), "-1,500")
        XCTAssertEqual(NumberText.grouped(25), "25")
    }

    func testHugeAmountsAreWrittenOutNotInExponentForm() {
        XCTAssertEqual(NumberText.grouped(1e20), "100,000,000,000,000,000,000")
        XCTAssertEqual(NumberText.grouped(-1e16), "-10,000,000,000,000,000")
        XCTAssertEqual(ValueText.money(1e20, currency: "EUR"), "€100,000,000,000,000,000,000")
    }

    func testPlain() {
        XCTAssertEqual(NumberText.plain(25), "25")
        XCTAssertEqual(NumberText.plain(0.25), "0.25")
    }
}
