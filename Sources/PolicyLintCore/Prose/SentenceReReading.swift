/// A second reading of a sentence, for the text rules to try when its words as written state no barrier.
///
/// Some wordings say something the patterns read the other way round, so the sentence is read again with them
/// rewritten (`RewrittenText`, which maps every offset back, so the finding points at and quotes the original words):
/// - **A practice given up is a present refusal** (`NegationCues.cessations`): "We no longer accept paper applications"
///   is read as "We will not accept paper applications", "Paper applications are no longer accepted" as "…are not
///   accepted", "We have stopped offering feedback" as "We will not offer feedback". A refusal of an accessible option
///   (paper, post, feedback) is then found by the patterns that spell it out; a barrier given up ("we no longer require
///   match funding") is negated in both readings.
/// - **A shortfall in the condition of an exclusion is the minimum it implies** (`NegationCues.shortfalls`): in "If
///   you have been trading for less than two years, you cannot apply" the condition is read as "…for more than two
///   years", which the trading-history patterns know as a minimum. Only inside `SentenceContext.exclusionConditions`:
///   "Groups trading for less than two years are welcome" states nothing.
/// - **A state denied in the condition of an exclusion is the requirement it implies** (`NegationCues.negatedStates`):
///   "If you are not a registered charity, we cannot fund you" is read as "If you must be a registered charity…",
///   "isn't" / "aren't" / "is not" as "must be", and "does not have" / "do not hold" as "must have" / "must hold";
///   again only inside an exclusion's condition.
/// - **A number written twice is read once** (`NegationCues.repeatedNumbers`): legal drafting's "not less than five (5)
///   years" is read as "not less than five years", and "10 (ten) per cent" as "10 per cent".
/// - **A state an `unless` names in the condition of an exclusion is a requirement** (`NegationCues.requiredStates`):
///   "We cannot fund you unless you are a registered charity" is read as "…unless you must be a registered charity".
enum SentenceReReading {
    /// The sentence's second reading, with the context that judges it, or nil when it reads the same.
    ///
    /// The reading holds the sentence alone (so the work stays linear in a long field), and `context` judges all of it.
    /// `context` (the argument) is the analysis of the sentence as written, made when the sentence may hold a shortfall
    /// or a denied state.
    static func reading(of text: ProseText, sentence: Range<Int>, context: () -> SentenceContext,
                        scratch: PatternScratch) -> (reading: RewrittenText, context: SentenceContext)? {
        let cues = NegationCues.shared
        let present = cues.candidates(in: text, sentence: sentence)
        var replacements: [(range: Range<Int>, text: String)] = []
        for cessation in cues.all(cues.cessations, in: text, range: sentence, scratch: scratch, sentence: present) {
            if let replacement = presentRefusal(for: cessation, in: text) { replacements.append(replacement) }
        }
        let givenUp = replacements.map(\.range)
        // "five (5) years" reads "five years": the bracketed copy of a number, and the space before it, are dropped.
        for pair in cues.all(cues.repeatedNumbers, in: text, range: sentence, scratch: scratch, sentence: present) {
            guard let open = pair.last(where: { text.scalars[$0] == "(" }) else { continue }
            var start = open
            while start > pair.lowerBound, ScalarFolding.isSpace(text.scalars[start - 1]) { start -= 1 }
            replacements.append((start..<pair.upperBound, ""))
        }
        let shortfalls = cues.all(cues.shortfalls, in: text, range: sentence, scratch: scratch, sentence: present)
        let negatedStates = cues.all(cues.negatedStates, in: text, range: sentence, scratch: scratch, sentence: present)
        let requiredStates = cues.all(cues.requiredStates, in: text, range: sentence, scratch: scratch, sentence: present)
        var lacks: [Range<Int>] = []
        if !shortfalls.isEmpty || !negatedStates.isEmpty || !requiredStates.isEmpty {
            let conditions = context().exclusionConditions
            func inCondition(_ range: Range<Int>) -> Bool { conditions.contains { $0.condition.contains(range.lowerBound) } }
            // "Unless you are not a charity" shuts charities out: a state denied after `unless` is no requirement.
            func inUnlessCondition(_ range: Range<Int>) -> Bool {
                conditions.contains { $0.condition.contains(range.lowerBound) && word(after: $0.condition.lowerBound, in: text) == "unless" }
            }
            for shortfall in shortfalls where inCondition(shortfall) {
                guard !Self.follows(["no", "not"], before: shortfall.lowerBound, in: text),
                      let minimum = minimums[text.flatText(shortfall).lowercased()] else { continue }
                replacements.append((shortfall, minimum))
                lacks.append(shortfall)
            }
            // A verb an `unless` names: only the verb is rewritten, and not when a negation follows it ("unless you are not").
            let verbs = requiredStates.filter(inCondition).map { lastWord(of: $0, in: text) }
                .filter { word(after: $0.upperBound, in: text) != "not" }
            for state in negatedStates.filter({ inCondition($0) && !inUnlessCondition($0) }) + verbs {
                guard let requirement = requirement(for: state, in: text) else { continue }
                replacements.append((state, requirement))
                lacks.append(state)
            }
        }
        guard !replacements.isEmpty else { return nil }
        let reread = text.rewriting(replacements, within: sentence)
        let context = SentenceContext(text: reread.text, sentence: 0..<reread.text.count, scratch: scratch,
                                      impliedLacks: reread.rewrittenRanges(replacing: lacks), givenUp: reread.rewrittenRanges(replacing: givenUp))
        return (reread, context)
    }

    /// The requirement a state implies, denied or named by `unless`: a "be" ("are not", "isn't", "'re not", "are") is
    /// "must be", a "have" or "hold" ("does not have", "haven't got", "has", "holds") "must have" or "must hold", and "has
    /// not been" "must have been".
    static func requirement(for state: Range<Int>, in text: ProseText) -> String? {
        let words = text.flatText(state).split(separator: " ")
        guard let last = words.last?.lowercased() else { return nil }
        // "you're" keeps its subject: "you must be".
        if let first = words.first, first.lowercased().hasSuffix("'re") { return first.dropLast(3) + " must be" }
        switch last {
        case "not", "aren't", "isn't", "are", "is", "am": return "must be"
        case "have", "has", "got": return "must have"
        case "hold", "holds": return "must hold"
        case "been": return "must have been"
        default: return nil
        }
    }

    /// The last word of `range`, with the word a contraction joins it to ("you're").
    static func lastWord(of range: Range<Int>, in text: ProseText) -> Range<Int> {
        var start = range.upperBound
        while start > range.lowerBound, ScalarFolding.isWord(text.scalars[start - 1]) { start -= 1 }
        if start > range.lowerBound, text.scalars[start - 1] == "'" {
            start -= 1
            while start > range.lowerBound, ScalarFolding.isWord(text.scalars[start - 1]) { start -= 1 }
        }
        return start..<range.upperBound
    }

    /// The first word at or after `index`, in lower case (empty when none follows).
    static func word(after index: Int, in text: ProseText) -> String {
        var start = index
        while start < text.count, !ScalarFolding.isWord(text.scalars[start]) { start += 1 }
        var end = start
        while end < text.count, ScalarFolding.isWord(text.scalars[end]) { end += 1 }
        return String(String.UnicodeScalarView(text.folded[start..<end]))
    }

    /// The minimum each shortfall implies.
    static let minimums = ["less than": "more than", "fewer than": "more than", "under": "over", "below": "above"]

    /// The base form of each verb a cessation may give up ("accepting" → "accept").
    static let baseForms = ["accepting": "accept", "offering": "offer", "taking": "take", "allowing": "allow", "providing": "provide",
                            "considering": "consider", "receiving": "receive", "running": "run", "holding": "hold", "giving": "give",
                            "funding": "fund", "supporting": "support", "sending": "send", "issuing": "issue", "publishing": "publish",
                            "using": "use", "making": "make", "permitting": "permit", "paying": "pay"]

    /// The present refusal a cessation is read as: "(have) stopped / ceased / are no longer X-ing" becomes "will not X";
    /// otherwise "no longer" after a form of "be" becomes "not", and "will not" elsewhere.
    static func presentRefusal(for cessation: Range<Int>, in text: ProseText) -> (range: Range<Int>, text: String)? {
        let words = text.flatText(cessation).lowercased().split(separator: " ").map(String.init)
        guard let last = words.last else { return nil }
        if let base = baseForms[last] {
            return (cessation, "will not " + base)
        }
        if let index = words.firstIndex(of: "no"), index + 1 < words.count, words[index + 1] == "longer" {
            // The span of "no longer" itself: the words before it are kept.
            var start = cessation.lowerBound
            for _ in 0..<index {
                while start < cessation.upperBound, ScalarFolding.isWord(text.scalars[start]) { start += 1 }
                while start < cessation.upperBound, !ScalarFolding.isWord(text.scalars[start]) { start += 1 }
            }
            var end = start
            for _ in 0..<2 {
                while end < cessation.upperBound, !ScalarFolding.isWord(text.scalars[end]) { end += 1 }
                while end < cessation.upperBound, ScalarFolding.isWord(text.scalars[end]) { end += 1 }
            }
            return (start..<end, index == 0 ? "will not" : "not")
        }
        return nil
    }

    /// Whether the word right before `index` is one of `words`.
    static func follows(_ words: Set<String>, before index: Int, in text: ProseText) -> Bool {
        var end = index
        while end > 0, !ScalarFolding.isWord(text.scalars[end - 1]) { end -= 1 }
        var start = end
        while start > 0, ScalarFolding.isWord(text.scalars[start - 1]) { start -= 1 }
        return words.contains(String(String.UnicodeScalarView(text.folded[start..<end])))
    }
}
