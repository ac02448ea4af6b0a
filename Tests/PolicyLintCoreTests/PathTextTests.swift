import XCTest
import PolicyLintCore

/// `PathText.folder(of:)` gives what `NSString.deletingLastPathComponent` gives, without its trap on one-character names.
final class PathTextTests: XCTestCase {
    func testFolderOfAPath() {
        let cases: [(String, String)] = [
            ("x", ""), ("x/", ""), (".", ""), ("ab", ""), ("", ""),
            ("a/x", "a"), ("./x", "."), ("/x", "/"), ("/", "/"), ("//", "/"),
            ("a/b/c.yaml", "a/b"), ("a/b/", "a"), ("a//b", "a"), ("/srv/policies/p", "/srv/policies"),
            ("ün/ï", "ün"),
        ]
        for (path, folder) in cases {
            XCTAssertEqual(PathText.folder(of: path), folder, path)
        }
    }
}
