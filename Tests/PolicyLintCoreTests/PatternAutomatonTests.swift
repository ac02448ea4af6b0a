import XCTest
@testable import PolicyLintCore

/// The lazily built automaton that rules out windows without a match must never change an answer of the VM.
final class PatternAutomatonTests: XCTestCase {
    /// A small deterministic generator, so a failure can be replayed.
    private struct Generator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }

        mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
    }

    private let atoms = ["a", "b", "x", "é", "’", " ", ".", "[ab]", "[^a ]", #"\w"#, #"\W"#, #"\d"#, #"\s"#, "1", "-", "A"]
    private let assertions = [#"\b"#, #"\B"#, "^", "$"]
    private let quantifiers = ["", "", "", "*", "+", "?", "{1,2}", "*?", "{2}"]

    private func randomPattern(_ random: inout Generator, depth: Int = 0) -> String {
        var pattern = ""
        for _ in 0..<(1 + random.next(4)) {
            switch random.next(10) {
            case 0..<2: pattern += random.pick(assertions)
            case 2 where depth < 2:
                pattern += "(" + randomPattern(&random, depth: depth + 1) + "|" + randomPattern(&random, depth: depth + 1) + ")" + random.pick(quantifiers)
            default: pattern += random.pick(atoms) + random.pick(quantifiers)
            }
        }
        return pattern
    }

    private func randomText(_ random: inout Generator) -> String {
        let alphabet: [Character] = ["a", "A", "b", "x", "é", "’", " ", " ", "1", ".", "-", "\n"]
        return String((0..<random.next(24)).map { _ in random.pick(alphabet) })
    }

    /// The first match with automata and with the VM alone, for the same pattern, text and window.
    private func answers(_ pattern: TextPattern, _ text: ProseText, _ window: Range<Int>) -> (Range<Int>?, Range<Int>?) {
        (pattern.firstMatch(in: text, range: window, scratch: PatternScratch()),
         pattern.firstMatch(in: text, range: window, scratch: PatternScratch(usesAutomata: false)))
    }

    func testTheAutomatonAgreesWithTheVMOnRandomPatternsTextsAndWindows() {
        var random = Generator(state: 2027)
        var compared = 0
        var matched = 0
        for _ in 0..<1_500 {
            let source = randomPattern(&random)
            guard let pattern = try? TextPattern(source, ignoreCase: random.next(2) == 0) else { continue }
            // One scratch across texts, as the runner reuses one across files, so cached transitions are exercised.
            let shared = PatternScratch()
            for _ in 0..<12 {
                let text = ProseText(randomText(&random))
                let lower = random.next(text.count + 1)
                let window = lower..<(lower + random.next(text.count - lower + 1))
                let (withAutomaton, vmOnly) = answers(pattern, text, window)
                XCTAssertEqual(withAutomaton, vmOnly, "pattern \(source) on \(text.text(0..<text.count).debugDescription) in \(window)")
                XCTAssertEqual(pattern.firstMatch(in: text, range: window, scratch: shared), vmOnly, "reused scratch: \(source)")
                // `matches` takes the automaton's word for it, so this checks the automaton's own answers are exact.
                XCTAssertEqual(pattern.matches(in: text, range: window, scratch: shared), vmOnly != nil, "automaton's answer: \(source) in \(window)")
                compared += 1
                if vmOnly != nil { matched += 1 }
            }
        }
        XCTAssertGreaterThan(compared, 5_000, "most random patterns compile")
        XCTAssertGreaterThan(matched, compared / 10, "both answers are exercised")
        XCTAssertLessThan(matched, compared * 9 / 10, "both answers are exercised")
    }

    func testAssertionsAtTheWindowsEdgesSeeOnlyTheWindow() throws {
        let text = ProseText("grant funding")
        for (source, window, expected) in [(#"\bfund"#, 6..<13, 6..<10), (#"\bunding"#, 7..<13, 7..<13), (#"\Bunding"#, 7..<13, nil),
                                           ("^funding$", 6..<13, 6..<13), ("^funding$", 5..<13, nil), (#"grant\b"#, 0..<4, nil),
                                           (#"gran\b"#, 0..<4, 0..<4)] as [(String, Range<Int>, Range<Int>?)] {
            let pattern = try TextPattern(source)
            let (withAutomaton, vmOnly) = answers(pattern, text, window)
            XCTAssertEqual(vmOnly, expected, source)
            XCTAssertEqual(withAutomaton, expected, source)
        }
    }

    func testAnAutomatonThatOutgrowsItsLimitLeavesTheAnswerToTheVM() throws {
        // Remembering the last 13 letters needs 2^13 states, far more than one automaton may make.
        let pattern = try TextPattern("a[ab]{12}x")
        var random = Generator(state: 7)
        let scratch = PatternScratch()
        for _ in 0..<20 {
            let letters = String((0..<600).map { _ in random.next(2) == 0 ? Character("a") : Character("b") })
            for text in [ProseText(letters), ProseText(letters + "x")] {
                let window = 0..<text.count
                XCTAssertEqual(pattern.firstMatch(in: text, range: window, scratch: scratch),
                               pattern.firstMatch(in: text, range: window, scratch: PatternScratch(usesAutomata: false)))
            }
        }
        XCTAssertLessThanOrEqual(scratch.automatonStates, PatternAutomaton.maxStates)
        XCTAssertEqual(scratch.automatonStates, PatternAutomaton.maxStates, "the limit was reached, so the VM decided the rest")
    }

    func testAScratchsAutomataShareOneBoundedBudget() throws {
        let scratch = PatternScratch()
        var random = Generator(state: 11)
        for _ in 0..<80 {
            // Each compiled pattern gets its own automaton, even with the same source.
            let pattern = try TextPattern("a[ab]{12}x")
            let letters = String((0..<800).map { _ in random.next(2) == 0 ? Character("a") : Character("b") })
            let text = ProseText(letters)
            _ = pattern.firstMatch(in: text, range: 0..<text.count, scratch: scratch)
        }
        XCTAssertEqual(scratch.automatonStates, PatternScratch.maxAutomatonStates, "automata stop making states once the budget is spent")
    }

    func testAPatternGetsItsAutomatonOnlyOnceItHasBeenSearchedOverEnoughText() throws {
        let pattern = try TextPattern(#"\bmatch(ed)? funding\b"#)
        let text = ProseText("Applicants must find matched funding of a quarter of the costs.")
        let scratch = PatternScratch(searchedBeforeAutomaton: 3 * text.count)
        for round in 1...5 {
            XCTAssertEqual(pattern.firstMatch(in: text, range: 0..<text.count, scratch: scratch), 21..<36, "round \(round)")
            XCTAssertTrue(pattern.matches(in: text, range: 0..<text.count, scratch: scratch), "round \(round)")
            // Each round searches the text twice; the automaton comes once more than three texts' worth were searched.
            if round < 2 {
                XCTAssertEqual(scratch.automatonStates, 0, "the VM alone answers while the pattern has read little text")
            }
        }
        XCTAssertGreaterThan(scratch.automatonStates, 0, "after enough text the automaton answers")
    }
}
