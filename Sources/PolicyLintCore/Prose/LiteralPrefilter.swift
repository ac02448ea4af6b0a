/// A prefilter for many patterns at once: one Aho–Corasick pass over a field finds every
/// required literal (`TextPattern.requirements`) of every pattern, so a pattern's VM runs only
/// on the sentences that contain a literal of each of its requirements, instead of each pattern
/// rescanning each sentence.
///
/// Patterns that ignore case are searched for in the folded text and the others in the
/// normalised text, as `TextPattern` itself does. A pattern's first requirement is the set
/// `RequiredLiterals.any` checks, so a pattern that passes also passes that check for the
/// whole sentence.
struct LiteralPrefilter: Sendable {
    /// The number of patterns, numbered in the order given.
    let patternCount: Int
    /// The requirements of each pattern, as a range of requirement numbers (empty: always a candidate).
    let requirements: [Range<Int>]
    /// The number of requirements.
    private let requirementCount: Int
    /// Literals of case-insensitive patterns, searched for in folded text.
    private let folded: LiteralAutomaton
    /// The requirements each literal of `folded` meets.
    private let foldedRequirements: [[Int]]
    /// Literals of case-sensitive patterns, searched for in normalised text.
    private let exact: LiteralAutomaton
    /// The requirements each literal of `exact` meets.
    private let exactRequirements: [[Int]]

    /// A prefilter for `patterns`, numbered by their position.
    init(patterns: [TextPattern]) {
        patternCount = patterns.count
        var ranges: [Range<Int>] = []
        var foldedTable = LiteralTable()
        var exactTable = LiteralTable()
        var count = 0
        for pattern in patterns {
            let first = count
            for set in pattern.requirements {
                for literal in set where !literal.isEmpty {
                    if pattern.ignoresCase {
                        foldedTable.add(literal, requirement: count)
                    } else {
                        exactTable.add(literal, requirement: count)
                    }
                }
                count += 1
            }
            ranges.append(first..<count)
        }
        requirements = ranges
        requirementCount = count
        folded = LiteralAutomaton(foldedTable.literals)
        foldedRequirements = foldedTable.requirements
        exact = LiteralAutomaton(exactTable.literals)
        exactRequirements = exactTable.requirements
    }

    /// The requirements met in each of `sentences` (sorted, disjoint ranges of `text`).
    func candidates(in text: ProseText, sentences: [Range<Int>]) -> PatternCandidates {
        var result = PatternCandidates(sentences: sentences.count, requirements: requirementCount)
        mark(folded, foldedRequirements, in: text.folded, sentences: sentences, into: &result)
        mark(exact, exactRequirements, in: text.scalars, sentences: sentences, into: &result)
        return result
    }

    /// The filter for the patterns numbered from `base` in one sentence.
    func filter(_ candidates: PatternCandidates, sentence: Int, base: Int) -> PatternFilter {
        PatternFilter(candidates: candidates, requirements: requirements, sentence: sentence, base: base)
    }

    private func mark(_ automaton: LiteralAutomaton, _ requirements: [[Int]], in text: [Unicode.Scalar], sentences: [Range<Int>],
                      into result: inout PatternCandidates) {
        guard !automaton.isEmpty, !sentences.isEmpty else { return }
        var sentence = 0
        // Sentences are sorted, so only the text from the first to the end of the last needs scanning.
        automaton.scan(text, range: sentences[0].lowerBound..<sentences[sentences.count - 1].upperBound) { literal, end in
            while sentence < sentences.count, sentences[sentence].upperBound < end { sentence += 1 }
            guard sentence < sentences.count, sentences[sentence].lowerBound <= end - automaton.literals[literal].count else { return }
            for requirement in requirements[literal] { result.insert(requirement, sentence: sentence) }
        }
    }
}
