import XCTest
@testable import PolicyLintCore

/// The compiler copies a repetition's body instead of compiling it again; the copies must match exactly what
/// the repetition written out by hand matches.
final class PatternCompilerTests: XCTestCase {
    /// Repetitions and the same patterns with every copy written out, so each copy is compiled on its own.
    private let pairs: [(repeated: String, written: String)] = [
        ("a{3}", "aaa"),
        ("(ab|[cd]x?){1,3}", "(?:ab|[cd]x?)(?:(?:ab|[cd]x?)(?:(?:ab|[cd]x?))?)?"),
        ("(ab|[cd]x?){1,3}?", "(?:ab|[cd]x?)(?:(?:ab|[cd]x?)(?:(?:ab|[cd]x?))??)??"),
        (#"\b(x|y\b){2,}"#, #"\b(?:x|y\b)(?:x|y\b)(?:x|y\b)*"#),
        ("((a|b){0,2}c){2}", "(?:(?:a|b)(?:a|b)?)?c(?:(?:a|b)(?:a|b)?)?c"),
        (#"[^.;]{0,4}\bfu"#, #"(?:[^.;](?:[^.;](?:[^.;](?:[^.;])?)?)?)?\bfu"#),
        ("(é|’ ){1,2}x", "(?:é|’ )(?:é|’ )?x"),
    ]

    func testCopiedRepetitionsMatchWhatTheWrittenOutPatternMatches() throws {
        var state: UInt64 = 99
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for (repeated, written) in pairs {
            // Texts made of the pattern's own letters, with a space and a full stop, so matches are frequent.
            let alphabet = Array(Set(written.filter { !"()[]?:*+|{}\\^,;0123456789".contains($0) } + " .")).sorted()
            let pattern = try TextPattern(repeated)
            let reference = try TextPattern(written)
            var matched = 0
            for _ in 0..<400 {
                let text = ProseText(String((0..<next(16)).map { _ in alphabet[next(alphabet.count)] }))
                let window = 0..<text.count
                let expected = reference.firstMatch(in: text, range: window)
                if expected != nil { matched += 1 }
                XCTAssertEqual(pattern.firstMatch(in: text, range: window), expected, "\(repeated) on \(text.text(window).debugDescription)")
            }
            XCTAssertGreaterThan(matched, 10, "\(repeated) matches often enough to compare")
        }
    }

    func testARepetitionsCopiesShareTheirClassesAndKeepTheirSize() throws {
        let node = PatternNode.repetition(.set(ScalarSet(items: [.word], negated: true)), min: 1, max: 50, greedy: true)
        let (steps, sets) = PatternCompiler.compile(node, ignoreCase: true)
        XCTAssertEqual(steps.count, 1 + 49 * 2 + 1, "one copy, 49 optional copies (each a split and the class), and the match")
        XCTAssertLessThanOrEqual(steps.count, node.programSize + 1, "no larger than the analysis allowed for")
        XCTAssertEqual(sets.count, 1, "every copy names the one class")
        XCTAssertEqual(steps.filter { $0.operation == .set }.count, 50)
        XCTAssertTrue(steps.allSatisfy { $0.operation != .split || ($0.first < Int32(steps.count) && $0.second < Int32(steps.count)) },
                      "every copy's targets stay inside the program")
    }
}
