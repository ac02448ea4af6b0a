import XCTest
@testable import PolicyLintCore

/// Shell-style globs as used by --exclude and config include/exclude.
final class GlobTests: XCTestCase {
    func testStarStaysInsideASegment() {
        XCTAssertTrue(Glob.matches("*.yaml", "fund.yaml"))
        XCTAssertFalse(Glob.matches("*.yaml", "drafts/fund.yaml"))
        XCTAssertTrue(Glob.matches("insurance-*", "insurance-required-at-application"))
    }

    func testDoubleStarCrossesSegments() {
        XCTAssertTrue(Glob.matches("policies/**", "policies/a/b.yaml"))
        XCTAssertTrue(Glob.matches("policies/**", "policies/b.yaml"))
        XCTAssertTrue(Glob.matches("**/*.yaml", "a/b/c.yaml"))
        XCTAssertTrue(Glob.matches("**/*.yaml", "c.yaml"))
        XCTAssertFalse(Glob.matches("policies/**", "other/b.yaml"))
    }

    func testDirectoryPatternsMatchEverythingBelow() {
        XCTAssertTrue(Glob.matches("drafts/", "drafts/x.yaml"))
        XCTAssertTrue(Glob.matches("drafts", "drafts/x.yaml"))
        XCTAssertFalse(Glob.matches("drafts", "drafts-old/x.yaml"))
    }

    func testQuestionMarkAndClasses() {
        XCTAssertTrue(Glob.matches("fund-202?.yaml", "fund-2027.yaml"))
        XCTAssertTrue(Glob.matches("fund-[12].yaml", "fund-2.yaml"))
        XCTAssertFalse(Glob.matches("fund-[12].yaml", "fund-3.yaml"))
    }
}
