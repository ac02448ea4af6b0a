/// The compiled `match:` of a text rule: what to look for, where, and what cancels or softens it.
///
/// A class, so the sentence loop shares one instance instead of copying its pattern lists for every call.
public final class TextMatch: Sendable {
    /// What a negated match does.
    public enum Negation: String, Sendable, CaseIterable {
        /// A negated statement ("No match funding is required") is not a finding.
        case suppress
        /// Negation is not looked for (for wording that is a problem whatever the sentence says).
        case ignore
    }

    /// What a softened match becomes.
    public enum Softened: String, Sendable, CaseIterable {
        /// Reported at info severity, whatever the rule's severity.
        case info
        /// Reported like any other match.
        case report
        /// Not reported.
        case ignore
    }

    /// One hit of the rule in one sentence.
    public struct Hit: Sendable, Equatable {
        /// The matched phrase, as scalar offsets in the field's text, widened to whole words and amounts.
        public let range: Range<Int>
        /// The sentence it is in.
        public let sentence: Range<Int>
        /// Whether the sentence asserts or softens it (negated hits are never returned unless negation is ignored).
        public let polarity: MatchPolarity
    }

    /// The most matches tried in one sentence after negated ones, keeping the work linear in the text.
    static let maxAttemptsPerSentence = 8

    /// The phrases to find.
    public let patterns: [TextPattern]
    /// The fields read.
    public let scope: FieldScope
    /// Patterns that, matched in the same sentence, cancel a hit, unless another clause than the hit's denies them.
    public let unless: [TextPattern]
    /// Patterns that, found in the same clause, soften a hit.
    public let softenedBy: [TextPattern]
    /// What negation does.
    public let negation: Negation
    /// What softening does.
    public let softened: Softened
    /// Whether each pattern spells out its own negation; worked out the first time that pattern matches.
    private let patternNegates: LazyElements<Bool>
    /// Whether each `unless` pattern spells out its own negation ("if you can't, call us"), which then does not deny it.
    private let unlessNegates: LazyElements<Bool>

    /// Creates a match from compiled parts.
    public init(patterns: [TextPattern], scope: FieldScope = FieldScope(), unless: [TextPattern] = [], softenedBy: [TextPattern] = [],
                negation: Negation = .suppress, softened: Softened = .info) {
        self.patterns = patterns
        self.scope = scope
        self.unless = unless
        self.softenedBy = softenedBy
        self.negation = negation
        self.softened = softened
        self.patternNegates = LazyElements(count: patterns.count) { Self.spellsOutNegation(patterns[$0]) }
        self.unlessNegates = LazyElements(count: unless.count) { Self.spellsOutNegation(unless[$0]) }
    }

    /// Whether a pattern's own words include a negation cue ("will not provide feedback").
    static func spellsOutNegation(_ pattern: TextPattern) -> Bool {
        var words = ""
        var escaped = false
        for scalar in pattern.source.unicodeScalars {
            if escaped {
                words += " "
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else if Self.isSyntax(scalar) {
                words += " "
            } else {
                words.unicodeScalars.append(scalar)
            }
        }
        let text = ProseText(words)
        let scratch = PatternScratch(usesAutomata: false)
        return NegationCues.shared.before.patterns.contains { $0.firstMatch(in: text, range: 0..<text.count, scratch: scratch) != nil }
    }

    /// Whether `scalar` is pattern syntax rather than part of a word: `( ) [ ] | ? * + { } ^ $ . ,`.
    private static func isSyntax(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", ")", "[", "]", "|", "?", "*", "+", "{", "}", "^", "$", ".", ",": return true
        default: return false
        }
    }

    /// The hits in `text`: at most one per sentence, the first match that is not negated nor excepted by the next.
    public func hits(in text: ProseText) -> [Hit] {
        var hits: [Hit] = []
        let scratch = PatternScratch()
        let sentences = SentenceSplitter.sentences(text)
        for (number, sentence) in sentences.enumerated() {
            guard let hit = hit(in: text, sentence: sentence, scratch: scratch) else { continue }
            if number + 1 < sentences.count, isExcepted(byNext: sentences[number + 1], in: text, scratch: scratch) { continue }
            hits.append(hit)
        }
        return hits
    }

    /// The words that open a sentence qualifying the one before: "Apply online. If you can't, call us."
    static let exceptionOpeners: [[String]] = [["if"], ["where"], ["otherwise"], ["alternatively"], ["however"], ["but"], ["instead"],
                                                ["exceptionally"], ["in", "exceptional"], ["for", "anyone", "who"], ["for", "those", "who"]]

    /// Whether `next`, the sentence after a hit, asserts one of the rule's `unless` exceptions and either opens as a
    /// qualification of the hit (`exceptionOpeners`) or words the exception as an offer (`NegationCues.offers` inside
    /// it: "Paper forms are available on request"): then the exception cancels the hit, as it would in the hit's own
    /// sentence.
    /// An exception the next sentence denies ("However, paper forms are not accepted", "Paper forms are no longer
    /// available") cancels nothing.
    func isExcepted(byNext next: Range<Int>, in text: ProseText, scratch: PatternScratch) -> Bool {
        guard !unless.isEmpty else { return false }
        let qualifies = Self.opensException(text, next)
        var analysis: SentenceContext?
        var offers: [Range<Int>]?
        for index in unless.indices {
            for exception in NegationCues.all([unless[index]], in: text, range: next, scratch: scratch) {
                let context = analysis ?? SentenceContext(text: text, sentence: next, scratch: scratch)
                analysis = context
                guard context.polarity(of: exception, patternNegates: unlessNegates[index], softeners: []) != .negated else { continue }
                if qualifies { return true }
                let offered = offers ?? NegationCues.all(NegationCues.shared.offers.patterns, in: text, range: next, scratch: scratch)
                offers = offered
                if offered.contains(where: { exception.lowerBound <= $0.lowerBound && $0.upperBound <= exception.upperBound }) { return true }
            }
        }
        return false
    }

    /// Whether the sentence `range` of `text` starts with one of `exceptionOpeners`.
    static func opensException(_ text: ProseText, _ range: Range<Int>) -> Bool {
        var words: [String] = []
        var position = range.lowerBound
        while words.count < 3, position < range.upperBound {
            while position < range.upperBound, !ScalarFolding.isWord(text.scalars[position]) { position += 1 }
            var word = ""
            while position < range.upperBound, ScalarFolding.isWord(text.scalars[position]) {
                word.unicodeScalars.append(ScalarFolding.lower(text.scalars[position]))
                position += 1
            }
            if !word.isEmpty { words.append(word) }
        }
        return exceptionOpeners.contains { opener in opener.count <= words.count && Array(words.prefix(opener.count)) == opener }
    }

    /// The hit in one sentence, if any.
    public func hit(in text: ProseText, sentence: Range<Int>) -> Hit? {
        hit(in: text, sentence: sentence, scratch: PatternScratch(usesAutomata: false))
    }

    /// `hit(in:sentence:)` reusing `scratch`'s storage.
    func hit(in text: ProseText, sentence: Range<Int>, scratch: PatternScratch) -> Hit? {
        var context: SentenceContext?
        var reading = SecondReading.unknown
        return hit(in: text, sentence: sentence, scratch: scratch, filter: nil, context: &context, reading: &reading)
    }

    /// A sentence's second reading (`SentenceReReading`), worked out the first time a rule finds nothing in its words
    /// as written, and shared by the rules after it.
    enum SecondReading {
        /// Not worked out yet.
        case unknown
        /// The sentence reads the same.
        case same
        /// The rewritten sentence alone, with the way back to the field's offsets, and its analysis.
        case reread(RewrittenText, SentenceContext)
    }

    /// `hit(in:sentence:)` for a runner: `filter` (when given) names the patterns that may match in the sentence
    /// (`patterns` first, then `unless`), and `context` is the sentence's analysis, shared by every rule that needs it,
    /// as is `reading`, its second reading, tried when the words as written give no hit.
    func hit(in text: ProseText, sentence: Range<Int>, scratch: PatternScratch, filter: PatternFilter?, context: inout SentenceContext?,
             reading: inout SecondReading) -> Hit? {
        if let found = search(in: text, sentence: sentence, scratch: scratch, filter: filter, context: &context) {
            return Hit(range: MatchExtent.widened(found.range, in: text, within: sentence), sentence: sentence, polarity: found.polarity)
        }
        if case .unknown = reading {
            reading = .same
            if let second = SentenceReReading.reading(of: text, sentence: sentence, context: {
                let analysis = context ?? SentenceContext(text: text, sentence: sentence, scratch: scratch)
                context = analysis
                return analysis
            }, scratch: scratch) {
                reading = .reread(second.reading, second.context)
            }
        }
        guard case .reread(let reread, let analysis) = reading else { return nil }
        var rereadContext: SentenceContext? = analysis
        let rewritten = reread.text
        guard let found = search(in: rewritten, sentence: 0..<rewritten.count, scratch: scratch, filter: nil, context: &rereadContext) else {
            return nil
        }
        return Hit(range: MatchExtent.widened(reread.sourceRange(of: found.range), in: text, within: sentence), sentence: sentence,
                   polarity: found.polarity)
    }

    /// The first match in `sentence` of `text` that is not negated (nor softened away), with its polarity.
    private func search(in text: ProseText, sentence: Range<Int>, scratch: PatternScratch, filter: PatternFilter?,
                        context: inout SentenceContext?) -> (range: Range<Int>, polarity: MatchPolarity)? {
        var lower = sentence.lowerBound
        var cancelled: Bool?
        for _ in 0..<Self.maxAttemptsPerSentence {
            guard lower < sentence.upperBound,
                  let (match, index) = earliestMatch(in: text, range: lower..<sentence.upperBound, scratch: scratch,
                                                     filter: filter, wholeSentence: lower == sentence.lowerBound) else { return nil }
            if cancelled == nil {
                cancelled = unless.indices.contains { index in
                    if let filter, !filter.allows(patterns.count + index) { return false }
                    guard unless[index].matches(in: text, range: sentence, scratch: scratch, literalsPresent: filter != nil) else { return false }
                    // A denied exception does not cancel: "decided by staff alone; no community members sit on the panel",
                    // "must be made online and paper forms are no longer available". In the match's own clause the
                    // barrier's own negation ("we cannot discuss bids with third parties") does not deny its exception.
                    let analysis = context ?? SentenceContext(text: text, sentence: sentence, scratch: scratch)
                    context = analysis
                    let clause = analysis.clause(around: match)
                    return NegationCues.all([unless[index]], in: text, range: sentence, scratch: scratch).contains {
                        let ownClause = analysis.clause(around: $0) == clause
                        return analysis.polarity(of: $0, patternNegates: unlessNegates[index], softeners: [], ignoring: ownClause ? match : nil) != .negated
                    }
                }
            }
            if cancelled == true { return nil }
            let analysis = context ?? SentenceContext(text: text, sentence: sentence, scratch: scratch)
            context = analysis
            var polarity = analysis.polarity(of: match, patternNegates: patternNegates[index], softeners: softenedBy)
            if polarity == .negated && negation == .ignore { polarity = .asserted }
            if polarity == .softened && softened == .report { polarity = .asserted }
            if polarity == .negated || (polarity == .softened && softened == .ignore) {
                // Resume at the next word of the rejected match, not after it: a shorter phrase inside a
                // negated span may still be asserted ("Any grant not spent by March must be repaid").
                lower = Self.nextWord(after: match.lowerBound, in: text, before: max(match.upperBound, match.lowerBound + 1))
                continue
            }
            return (match, polarity)
        }
        return nil
    }

    /// The start of the first word after the one at `index`, or `limit` if there is none before it.
    static func nextWord(after index: Int, in text: ProseText, before limit: Int) -> Int {
        var position = index
        while position < limit, ScalarFolding.isWord(text.scalars[position]) { position += 1 }
        while position < limit, !ScalarFolding.isWord(text.scalars[position]) { position += 1 }
        return max(position, index + 1)
    }

    /// The leftmost match of any pattern (the longest among those starting there) and the pattern's index.
    ///
    /// With a `filter`, patterns it rules out are skipped, and when the search covers the `wholeSentence`
    /// the others need not look for their literals again.
    private func earliestMatch(in text: ProseText, range: Range<Int>, scratch: PatternScratch, filter: PatternFilter?,
                               wholeSentence: Bool) -> (Range<Int>, Int)? {
        var best: (Range<Int>, Int)?
        for index in patterns.indices {
            if let filter, !filter.allows(index) { continue }
            guard let match = patterns[index].firstMatch(in: text, range: range, scratch: scratch, literalsPresent: filter != nil && wholeSentence) else {
                continue
            }
            if let current = best, current.0.lowerBound < match.lowerBound || (current.0.lowerBound == match.lowerBound && current.0.count >= match.count) {
                continue
            }
            best = (match, index)
        }
        return best
    }
}
