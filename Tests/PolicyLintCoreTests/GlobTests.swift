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

    func testRangesAndNegatedSetsAsInShells() {
        XCTAssertTrue(Glob.matches("fund-[a-c].yaml", "fund-b.yaml"))
        XCTAssertFalse(Glob.matches("fund-[a-c].yaml", "fund-d.yaml"))
        XCTAssertFalse(Glob.matches("fund-[a-c].yaml", "fund--.yaml"), "a range is not its three characters")
        XCTAssertTrue(Glob.matches("[!_]*.yaml", "fund.yaml"))
        XCTAssertFalse(Glob.matches("[!_]*.yaml", "_draft.yaml"))
        XCTAssertFalse(Glob.matches("[^_]*.yaml", "_draft.yaml"))
        XCTAssertTrue(Glob.matches("fund[-_]2027.yaml", "fund_2027.yaml"))
        XCTAssertTrue(Glob.matches("fund[-_]2027.yaml", "fund-2027.yaml"))
        XCTAssertTrue(Glob.matches("[]]x", "]x"), "a ']' first is a member")
        XCTAssertFalse(Glob.matches("a[!b]c", "a/c"), "no set matches a separator")
        XCTAssertTrue(Glob.matches("[[]draft].yaml", "[draft].yaml"))
    }

    func testUnusableGlobsAreNamed() {
        XCTAssertNil(Glob.problem(in: "drafts/**/[a-z]*.yaml"))
        XCTAssertNil(Glob.problem(in: "[[]literal"))
        XCTAssertEqual(Glob.problem(in: "[abc"), "glob '[abc' opens a set with '[' that is never closed; write '[[]' for a literal '['")
        XCTAssertEqual(Glob.problem(in: "fund-[z-a].yaml"), "glob 'fund-[z-a].yaml' has the range 'z-a' written backwards")
        // An unclosed set still matches literally, as before, so a run that reports it never also misreads it.
        XCTAssertTrue(Glob.matches("[abc", "[abc"))
    }
}
