import Foundation

/// Decides whether a sentence asserts, denies or softens a phrase matched in it.
///
/// A clause that opens with a negative quantifier ("No part of the grant is held back or
/// tied to targets", "None of the costs…") is negated as a whole. A refusal of an alternative
/// ("in-kind contributions will not be counted towards the match") affirms the barrier and
/// cancels softening.
/// A NegEx-style analysis: the sentence is cut into clauses at boundaries (`;`, `but`,
/// `, and` …); a negation cue negates the match when it is in the same clause and either
/// precedes it by at most `windowBefore` words ("You do **not** need to be a registered
/// charity") or follows it within `windowAfter` words ("audited accounts are **not
/// required**", also across a `but` directly before the cue: "welcome **but not
/// essential**"). Cues inside pseudo-negations ("no later than", "will not be accepted in
/// place of") do not count. Cues inside the match itself count only when the pattern does not
/// spell out a negation of its own (so "will not provide feedback" can be the barrier). A
/// softener anywhere in the clause ("welcome", "ideally", "count as") softens the match.
/// A match used as the label of a label–value layout (`LabelValue`: "Match funding: none",
/// "| Audited accounts | No |") is negated by a nil value and softened by an optional one.
/// A match inside a condition whose consequence is an exclusion (`exclusionConditions`: "If you do not have audited
/// accounts, you cannot apply") is a requirement: negations and softeners inside that condition do not reach it.
struct SentenceContext {
    /// The most words between a preceding cue and the match.
    static let windowBefore = 6
    /// The most words between the match and a following cue.
    static let windowAfter = 6

    let text: ProseText
    let sentence: Range<Int>
    private let cues = NegationCues.shared
    private let pseudo: [Range<Int>]
    private let boundaries: [Range<Int>]
    private let scratch: PatternScratch
    /// The cue literals the sentence holds: cues without theirs are not looked for.
    private let present: PatternCandidates
    /// The stretches of the sentence that state the condition of an exclusion ("**If you have been trading for less
    /// than two years**, you cannot apply", "**Organisations without audited accounts** are not eligible", "You cannot
    /// apply **unless you hold insurance**"): what they name is required, whatever negation or softener they hold, and
    /// the exclusion's own negation ("cannot") does not deny it. Each comes with the exclusion it is the condition of.
    let exclusionConditions: [(condition: Range<Int>, exclusion: Range<Int>)]
    /// The reasons and conditions an exclusion or penalty denied says will not count against the applicant ("No
    /// application will be rejected **because it lacks audited accounts**", "Applications will not be scored lower
    /// **if you do not have a bank account**"): they ask for nothing.
    let reassuredReasons: [Range<Int>]

    /// Ranges a second reading rewrote from a lack ("less than" read as "more than", "are not" as "must be"): each still
    /// states a lack.
    private let impliedLacks: [Range<Int>]
    /// Ranges a second reading rewrote from a practice given up ("no longer accept" read as "will not accept").
    private let givenUp: [Range<Int>]

    /// Analyses `sentence` of `text` once; `polarity(of:)` then judges matches in it. `impliedLacks` and `givenUp` are
    /// what a second reading rewrote (see `SentenceReReading`).
    init(text: ProseText, sentence: Range<Int>, scratch: PatternScratch = PatternScratch(usesAutomata: false), impliedLacks: [Range<Int>] = [],
         givenUp: [Range<Int>] = []) {
        self.text = text
        self.sentence = sentence
        self.scratch = scratch
        self.impliedLacks = impliedLacks
        self.givenUp = givenUp
        let cues = NegationCues.shared
        let present = cues.candidates(in: text, sentence: sentence)
        self.present = present
        pseudo = cues.all(cues.pseudo, in: text, range: sentence, scratch: scratch, sentence: present)
        var found = cues.all(cues.boundaries, in: text, range: sentence, scratch: scratch, sentence: present)
        // The comma closing a sentence-initial condition is a boundary too, unless a linking word follows it.
        if let condition = Self.initialCondition(in: text, sentence: sentence, scratch: scratch) {
            let comma = (condition.upperBound - 1)..<condition.upperBound
            if !found.contains(where: { $0.lowerBound >= comma.lowerBound && $0.lowerBound <= comma.upperBound + 1 }) {
                found.append(comma)
                found.sort { $0.lowerBound < $1.lowerBound }
            }
        }
        boundaries = found
        exclusionConditions = Self.exclusionConditions(in: text, sentence: sentence, boundaries: found, pseudo: pseudo,
                                                       scratch: scratch, present: present)
        reassuredReasons = Self.reassuredReasons(in: text, sentence: sentence, boundaries: found, scratch: scratch, present: present)
    }

    /// The sentence-initial condition of `sentence` up to its closing comma ("If targets are not met,"), unless it is
    /// a hedge worded like one ("Where possible,", `NegationCues.softeningConditionals`), which conditions nothing.
    static func initialCondition(in text: ProseText, sentence: Range<Int>, scratch: PatternScratch) -> Range<Int>? {
        let cues = NegationCues.shared
        guard let condition = cues.conditionals.patterns.first?.firstMatch(in: text, range: sentence, scratch: scratch) else { return nil }
        let hedge = cues.softeningConditionals.patterns.first?.firstMatch(in: text, range: sentence, scratch: scratch)
        return hedge?.upperBound == condition.upperBound ? nil : condition
    }

    /// The reasons of the reassurances in `sentence` (see `reassuredReasons`): from a reason or condition opening
    /// (`NegationCues.reassuranceReasons`) within `trailingConditionReach` words after a reassurance, to the next clause
    /// boundary. Reassurances are looked for clause by clause, so one may open its clause with a negative quantifier.
    private static func reassuredReasons(in text: ProseText, sentence: Range<Int>, boundaries: [Range<Int>], scratch: PatternScratch,
                                         present: PatternCandidates) -> [Range<Int>] {
        let cues = NegationCues.shared
        var reassurances: [Range<Int>] = []
        var start = sentence.lowerBound
        for boundary in boundaries + [sentence.upperBound..<sentence.upperBound] where boundary.lowerBound >= start {
            reassurances += cues.all(cues.reassurances, in: text, range: start..<boundary.lowerBound, scratch: scratch, sentence: present)
            start = boundary.upperBound
        }
        guard !reassurances.isEmpty else { return [] }
        let reasons = cues.all(cues.reassuranceReasons, in: text, range: sentence, scratch: scratch, sentence: present)
        return reassurances.compactMap { reassurance in
            guard let reason = reasons.first(where: { $0.lowerBound >= reassurance.upperBound }),
                  words(in: reassurance.upperBound..<reason.lowerBound, of: text) <= trailingConditionReach,
                  !boundaries.contains(where: { $0.lowerBound >= reassurance.upperBound && $0.upperBound <= reason.lowerBound }) else { return nil }
            let end = boundaries.first { $0.lowerBound >= reason.upperBound }?.lowerBound ?? sentence.upperBound
            return reason.lowerBound..<end
        }
    }

    /// The conditions of the exclusions in `sentence` (see `exclusionConditions`): a sentence-initial condition whose
    /// consequence, the clause after its comma, holds an exclusion; a condition (`if`, `unless`, `where`…) opening
    /// within `trailingConditionReach` words after an exclusion, up to the next `;`, `:` or the sentence's end; and the
    /// subject of an exclusion's own clause when it is described by a relative clause, `with`, `without` or a participle.
    /// An exclusion in a clause that opens with a negative quantifier ("No applicant will be rejected…") or after a
    /// negation in its consequence ("…, no one will tell you that you cannot apply") excludes nothing.
    private static func exclusionConditions(in text: ProseText, sentence: Range<Int>, boundaries: [Range<Int>], pseudo: [Range<Int>],
                                            scratch: PatternScratch, present: PatternCandidates) -> [(condition: Range<Int>, exclusion: Range<Int>)] {
        let cues = NegationCues.shared
        // "You cannot apply for more than £2,000" caps an amount, "will not be accepted after 5pm" sets a time, "will not be
        // scored lower" a degree: none excludes anyone.
        let exclusions = cues.all(cues.exclusions, in: text, range: sentence, scratch: scratch, sentence: present).filter { exclusion in
            !cues.exclusionLimits.patterns.contains { $0.firstMatch(in: text, range: exclusion.upperBound..<sentence.upperBound, scratch: scratch) != nil }
        }
        guard !exclusions.isEmpty else { return [] }
        /// The clause holding `range`, cut at `boundaries`.
        func clause(of range: Range<Int>) -> Range<Int> {
            let lower = boundaries.last { $0.upperBound <= range.lowerBound }?.upperBound ?? sentence.lowerBound
            let upper = boundaries.first { $0.lowerBound >= range.upperBound }?.lowerBound ?? sentence.upperBound
            return max(lower, sentence.lowerBound)..<max(upper, range.upperBound)
        }
        /// Whether `exclusion` is denied in its clause (from `start`): by an opening negative quantifier or an earlier negation.
        func denied(_ exclusion: Range<Int>, from start: Int) -> Bool {
            let before = start..<exclusion.lowerBound
            guard !before.isEmpty else { return false }
            if cues.all(cues.clauseOpeners, in: text, range: before, scratch: scratch, sentence: present).contains(where: { $0.lowerBound == start }) {
                return true
            }
            return cues.all(cues.before, in: text, range: before, scratch: scratch, sentence: present)
                .contains { cue in cue.upperBound <= exclusion.lowerBound && !pseudo.contains { $0.overlaps(cue) } }
        }
        var conditions: [(condition: Range<Int>, exclusion: Range<Int>)] = []
        if let condition = initialCondition(in: text, sentence: sentence, scratch: scratch) {
            let consequence = clause(of: condition.upperBound..<condition.upperBound)
            if let exclusion = exclusions.first(where: { consequence.contains($0.lowerBound) && !denied($0, from: consequence.lowerBound) }) {
                conditions.append((condition.lowerBound..<(condition.upperBound - 1), exclusion))
            }
        }
        let hardStops = boundaries.filter { range in range.contains { [";", ":"].contains(text.scalars[$0]) } }
        for exclusion in exclusions {
            let own = clause(of: exclusion)
            // The subject of the exclusion's clause: its own negations are what it lacks, so they do not deny the exclusion.
            let subject = own.lowerBound..<exclusion.lowerBound
            if !subject.isEmpty, cues.all(cues.exclusionSubjects, in: text, range: subject, scratch: scratch, sentence: present)
                .contains(where: { $0.lowerBound == subject.lowerBound }) {
                conditions.append((subject, exclusion))
                continue
            }
            if denied(exclusion, from: own.lowerBound) { continue }
            let end = hardStops.first { $0.lowerBound >= exclusion.upperBound }?.lowerBound ?? sentence.upperBound
            let trailing = cues.all(cues.trailingConditions, in: text, range: exclusion.upperBound..<end, scratch: scratch, sentence: present)
            if let condition = trailing.first, words(in: exclusion.upperBound..<condition.lowerBound, of: text) <= trailingConditionReach {
                conditions.append((condition.lowerBound..<end, exclusion))
            }
        }
        return conditions
    }

    /// The most words between an exclusion and a condition that follows it ("cannot apply **for this grant** if…").
    static let trailingConditionReach = 4

    /// The number of words that start in `range` of `text`.
    private static func words(in range: Range<Int>, of text: ProseText) -> Int {
        var count = 0
        for index in range where ScalarFolding.isWord(text.scalars[index]) && (index == 0 || !ScalarFolding.isWord(text.scalars[index - 1])) {
            count += 1
        }
        return count
    }

    /// Whether a condition of exclusion names a lack: a negation ("do not have", "cannot provide", "without"), a word
    /// of lack ("lacking", "fail to"), a shortfall ("less than", "under"), `unless`, or a lack a second reading rewrote.
    private func statesLack(_ condition: Range<Int>) -> Bool {
        if impliedLacks.contains(where: { condition.overlaps($0) }) { return true }
        if text.flatText(condition).lowercased().hasPrefix("unless") { return true }
        let cues = NegationCues.shared
        return [cues.before, cues.lacks, cues.shortfalls].contains {
            !cues.all($0, in: text, range: condition, scratch: scratch, sentence: present).isEmpty
        }
    }

    /// The condition of an exclusion that holds `match`, and the exclusion, if any.
    func exclusionCondition(holding match: Range<Int>) -> (condition: Range<Int>, exclusion: Range<Int>)? {
        exclusionConditions.first { $0.condition.lowerBound <= match.lowerBound && match.upperBound <= $0.condition.upperBound }
    }

    /// The polarity of a match; `patternNegates` says whether the pattern spells out its own negation, and cues inside
    /// `ignoring` (another match, whose own words they are) do not count.
    func polarity(of match: Range<Int>, patternNegates: Bool, softeners extra: [TextPattern], ignoring: Range<Int>? = nil) -> MatchPolarity {
        let clause = self.clause(around: match)
        // Inside the condition of an exclusion, what the condition names is required: its own negations and softeners
        // ("If you do not have audited accounts, …", "If you have been trading for …, you cannot apply") do not count.
        let condition = exclusionCondition(holding: match)
        // A condition that names what applicants have, not what they lack ("If you already have audited accounts, you
        // cannot apply"), excludes those who have it: the text does not ask for it.
        if let condition, !statesLack(condition.condition) { return .negated }
        if givesUpOneWay(match, clause: clause, patternNegates: patternNegates) { return .negated }
        // What a denied exclusion or penalty says will not count against the applicant is not asked for.
        if condition == nil, reassuredReasons.contains(where: { $0.lowerBound <= match.lowerBound && match.upperBound <= $0.upperBound }) {
            return .negated
        }
        let outside = { (cue: Range<Int>) -> Bool in
            !self.pseudo.contains { $0.overlaps(cue) }
                && !(condition.map { $0.condition.overlaps(cue) || $0.exclusion.overlaps(cue) } ?? false)
                && !(ignoring?.overlaps(cue) ?? false)
        }
        // A negation reaches every item of a list, even past an Oxford comma ("no deposit, bank guarantee, or bid bond").
        let negatable = listStart(of: clause)..<clause.upperBound
        let opening = cues.all(cues.clauseOpeners, in: text, range: negatable, scratch: scratch, sentence: present)
        if let opener = opening.first(where: outside), opener.upperBound <= match.lowerBound || (!patternNegates && opener.lowerBound >= match.lowerBound) {
            return .negated
        }
        for cue in cues.all(cues.before, in: text, range: negatable.lowerBound..<match.upperBound, scratch: scratch, sentence: present) where outside(cue) {
            if cue.upperBound <= match.lowerBound {
                let gap = cue.upperBound..<match.lowerBound
                // The recipient count builds text, so it is asked only when the plain count is too far.
                if wordsBeforeList(in: gap) <= Self.windowBefore || wordsPastRecipient(in: gap) <= Self.windowBefore { return .negated }
            } else if !patternNegates, cue.lowerBound >= match.lowerBound {
                return .negated
            }
        }
        let afterRange = match.upperBound..<extendedClauseEnd(after: match, clause: clause)
        for cue in cues.all(cues.after, in: text, range: afterRange, scratch: scratch, sentence: present) where outside(cue) {
            if words(in: match.upperBound..<cue.lowerBound) <= Self.windowAfter { return .negated }
        }
        if !patternNegates {
            for cue in cues.all(cues.after, in: text, range: match, scratch: scratch, sentence: present) where outside(cue) { return .negated }
        }
        if retracted(clause: clause) { return .negated }
        let labelValues = LabelValue.values(after: match, in: text, sentence: sentence, boundaries: boundaries, maxWords: Self.windowAfter)
        if labelValues.contains(where: { answersNo($0.item, present: present, outside: outside) }) { return .negated }
        if let answer = QuestionAnswer.answer(after: match, in: text, sentence: sentence), answerSaysNo(answer) { return .negated }
        let softenerRange = clause.lowerBound..<max(clause.upperBound, afterRange.upperBound)
        if !cues.all(cues.refusals, in: text, range: softenerRange, scratch: scratch, sentence: present).isEmpty { return .asserted }
        let softeners = cues.all(cues.softeners, in: text, range: softenerRange, scratch: scratch, sentence: present)
            + NegationCues.all(extra, in: text, range: softenerRange, scratch: scratch)
        if softeners.contains(where: outside) { return obligedAfterBut(clause: clause) ? .asserted : .softened }
        if labelValues.contains(where: { softens($0.item, extra: extra, outside: outside) }) { return .softened }
        return .asserted
    }

    /// Whether `match` reads a practice given up (a cessation the second reading rewrote, or `no longer`, `stopped`… in
    /// its own words) or refused (a pattern that spells out its own negation: "**will not provide** feedback") that names
    /// no way of doing it, while a way follows it in its clause ("feedback **by letter**", "contacted **by post**", "in
    /// advance **by cheque**"): only that way is given up or refused, and the practice goes on.
    private func givesUpOneWay(_ match: Range<Int>, clause: Range<Int>, patternNegates: Bool) -> Bool {
        guard givenUp.contains(where: { $0.overlaps(match) })
                || !cues.all(cues.cessationWords, in: text, range: match, scratch: scratch, sentence: present).isEmpty
                || (patternNegates && cues.all(cues.before, in: text, range: match, scratch: scratch, sentence: present)
                    .contains { cue in !pseudo.contains { $0.overlaps(cue) } }),
              cues.all(cues.channels, in: text, range: match, scratch: scratch, sentence: present).isEmpty,
              match.upperBound < clause.upperBound else { return false }
        return cues.channelsAfter.patterns.contains { $0.firstMatch(in: text, range: match.upperBound..<clause.upperBound, scratch: scratch) != nil }
    }

    /// Whether the clause right after `clause` takes it back ("…asked for three years of accounts; this requirement has
    /// been removed", "…, which has since been dropped"), or, when `clause` ends the sentence, the next sentence opens
    /// by doing so ("This is no longer required.").
    private func retracted(clause: Range<Int>) -> Bool {
        let next: Range<Int>
        if clause.upperBound < sentence.upperBound {
            guard let boundary = boundaries.first(where: { $0.lowerBound >= clause.upperBound }) else { return false }
            let end = boundaries.first { $0.lowerBound >= boundary.upperBound }?.lowerBound ?? sentence.upperBound
            next = boundary.upperBound..<max(boundary.upperBound, end)
        } else {
            var start = sentence.upperBound
            while start < text.count, ScalarFolding.isSpace(text.scalars[start]) { start += 1 }
            next = start..<min(text.count, start + Self.retractionReach)
        }
        guard !next.isEmpty else { return false }
        return cues.retractions.patterns.contains { $0.firstMatch(in: text, range: next, scratch: scratch) != nil }
    }

    /// How far into the next sentence a retraction is looked for.
    static let retractionReach = 160

    /// Whether a label's value `item` says the labelled thing is not asked for: it is a whole nil answer ("none", "No",
    /// "n/a") or opens with a post-negation cue ("not required", "not applicable for this fund"), read as if the
    /// separator were "is" ("Match funding is not required for this fund").
    /// `present` are the cue literals of the text holding `item`.
    private func answersNo(_ item: Range<Int>, present: PatternCandidates, outside: (Range<Int>) -> Bool) -> Bool {
        guard !item.isEmpty else { return false }
        if !cues.all(cues.nilAnswers, in: text, range: item, scratch: scratch, sentence: present).isEmpty { return true }
        if cues.all(cues.waivedValues, in: text, range: item, scratch: scratch, sentence: present).contains(where: { $0.lowerBound == item.lowerBound }) {
            return true
        }
        return cues.all(cues.after, in: text, range: item, scratch: scratch, sentence: present)
            .contains { $0.lowerBound == item.lowerBound && outside($0) }
    }

    /// Whether `answer`, the first item of the answer to a question the match is asked in, says no: as a label's value
    /// does (`answersNo`), or by opening with `no`, `not` or `never` ("Not at this stage"), unless that opens a
    /// pseudo-negation ("No less than 20%", "Not only that"). The answer may lie in the next sentence, so its cues are
    /// looked for on their own.
    private func answerSaysNo(_ answer: Range<Int>) -> Bool {
        let present = cues.candidates(in: text, sentence: answer)
        let pseudo = cues.all(cues.pseudo, in: text, range: answer, scratch: scratch, sentence: present)
        if pseudo.contains(where: { $0.lowerBound == answer.lowerBound }) { return false }
        return answersNo(answer, present: present, outside: { _ in true }) || QuestionAnswer.opensWithRefusal(answer, in: text)
    }

    /// Whether a label's value `item` makes it optional or a preference ("optional", "welcome", "if available"), with the
    /// general softeners, the rule's own (`extra`) and `NegationCues.optionalAnswers`.
    private func softens(_ item: Range<Int>, extra: [TextPattern], outside: (Range<Int>) -> Bool) -> Bool {
        guard !item.isEmpty else { return false }
        let found = cues.all(cues.softeners, in: text, range: item, scratch: scratch, sentence: present)
            + cues.all(cues.optionalAnswers, in: text, range: item, scratch: scratch, sentence: present)
            + NegationCues.all(extra, in: text, range: item, scratch: scratch)
        return found.contains(where: outside)
    }

    /// Whether the clause is followed by `but` and, directly after it, an obligation ("may be cash or in kind
    /// but must be confirmed"): the softener then allows a form, it does not make the requirement optional.
    private func obligedAfterBut(clause: Range<Int>) -> Bool {
        guard let boundary = boundaries.first(where: { $0.lowerBound >= clause.upperBound }),
              boundary.lowerBound == clause.upperBound,
              text.flatText(boundary).lowercased().trimmingCharacters(in: .whitespaces) == "but" else { return false }
        let next = boundaries.first { $0.lowerBound > boundary.lowerBound }?.lowerBound ?? sentence.upperBound
        guard boundary.upperBound < next else { return false }
        return !cues.all(cues.obligations, in: text, range: boundary.upperBound..<next, scratch: scratch, sentence: present).isEmpty
    }

    /// The clause holding `match`: from the last boundary before it to the first boundary after it.
    func clause(around match: Range<Int>) -> Range<Int> {
        var lower = sentence.lowerBound
        var upper = sentence.upperBound
        for boundary in boundaries {
            if boundary.upperBound <= match.lowerBound { lower = max(lower, boundary.upperBound) }
            if boundary.lowerBound >= match.upperBound { upper = min(upper, boundary.lowerBound) }
        }
        return lower..<upper
    }

    /// Where the list that `clause` may end begins: when the clause starts after an Oxford comma (", or", ", and",
    /// ", nor") that follows a short list item after a plain comma ("a deposit, a bank guarantee, or a bid bond"),
    /// the start of the clause before it, and so on back; otherwise the clause's own start. Only negation before the
    /// match reaches back this far: softeners and label values still stop at the Oxford comma.
    func listStart(of clause: Range<Int>) -> Int {
        var lower = clause.lowerBound
        while let separator = boundaries.last(where: { $0.upperBound == lower }),
              Self.listSeparators.contains(text.flatText(separator).lowercased()),
              let comma = (sentence.lowerBound..<separator.lowerBound).last(where: { text.scalars[$0] == "," }),
              !boundaries.contains(where: { $0.upperBound > comma && $0.lowerBound < separator.lowerBound }),
              (1...Self.maxListItemWords).contains(words(in: (comma + 1)..<separator.lowerBound)) {
            lower = boundaries.last(where: { $0.upperBound <= comma })?.upperBound ?? sentence.lowerBound
            lower = max(lower, sentence.lowerBound)
        }
        return lower
    }

    /// The clause boundaries that may join the last item of a list (an Oxford comma).
    static let listSeparators: Set<String> = [", and", ", or", ", nor"]

    /// The clause end, carried past a `but` that is directly followed (within two words) by a post-negation cue.
    private func extendedClauseEnd(after match: Range<Int>, clause: Range<Int>) -> Int {
        guard let boundary = boundaries.first(where: { $0.lowerBound >= clause.upperBound }),
              boundary.lowerBound == clause.upperBound,
              text.flatText(boundary).lowercased().trimmingCharacters(in: .whitespaces) == "but" else { return clause.upperBound }
        let next = boundaries.first { $0.lowerBound > boundary.lowerBound }?.lowerBound ?? sentence.upperBound
        for cue in cues.all(cues.after, in: text, range: boundary.upperBound..<next, scratch: scratch, sentence: present)
        where words(in: boundary.upperBound..<cue.lowerBound) <= 2 {
            return cue.upperBound
        }
        return clause.upperBound
    }

    /// The words in `range` (between a negation cue and a match), not counting the earlier items of a list the match
    /// ends: in "will not be asked for a deposit, bid bond or bank guarantee" the negation reaches "bank guarantee"
    /// as it reaches "a deposit", so only "be asked for a deposit" counts. The range must end with a list separator
    /// (a comma, `or`, `and` or `nor`, or a comma and one of them) and at most determiners opening the match's own
    /// item ("a" in "or a bank guarantee", `listDeterminers`), and each earlier item between separators must be at
    /// most `maxListItemWords` words; otherwise every word counts.
    func wordsBeforeList(in range: Range<Int>) -> Int {
        let all = words(in: range)
        guard all > Self.windowBefore else { return all }
        var gap = " " + String(String.UnicodeScalarView(text.scalars[range])).lowercased() + " "
        for separator in [", or ", ", and ", ", nor ", ",", " or ", " and ", " nor "] {
            gap = gap.replacingOccurrences(of: separator, with: "\u{1F}")
        }
        /// The words of a piece of the gap.
        func count(_ piece: Substring) -> Int { piece.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count }
        let segments = gap.split(separator: "\u{1F}", omittingEmptySubsequences: false)
        guard segments.count >= 2, let last = segments.last, Self.onlyDeterminers(last),
              segments.dropFirst().dropLast().allSatisfy({ (1...Self.maxListItemWords).contains(count($0)) }) else { return all }
        return count(segments[0])
    }

    /// The words in `range` (between a negation cue and a match) without whom a request is made of: in "we no longer ask
    /// subsidiaries of registered charities for a parent company guarantee" the negation reaches the guarantee as it
    /// does in "we no longer ask for a guarantee", so only "ask for a" counts. The range must open with a verb of asking
    /// (`requestVerbs`), then up to `maxRecipientWords` words with no comma between them, then `for` or `to` and a verb of
    /// providing (`providingVerbs`), then at most determiners; otherwise every word counts.
    func wordsPastRecipient(in range: Range<Int>) -> Int {
        let all = words(in: range)
        guard all > Self.windowBefore else { return all }
        let gap = String(String.UnicodeScalarView(text.scalars[range])).lowercased()
        // A comma between words ends the request's clause; one inside an amount ("£100,000") does not.
        guard !gap.contains(", ") else { return all }
        let tokens = gap
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }).map(String.init)
        guard let verb = tokens.firstIndex(where: { Self.requestVerbs.contains($0) }), verb <= 2 else { return all }
        var end = tokens.count
        while end > verb + 1, Self.listDeterminers.contains(tokens[end - 1]) { end -= 1 }
        let link: Int
        if end >= 1, tokens[end - 1] == "for" {
            link = end - 1
        } else if end >= 2, tokens[end - 2] == "to", Self.providingVerbs.contains(tokens[end - 1]) {
            link = end - 2
        } else {
            return all
        }
        let recipient = link - verb - 1
        guard (1...Self.maxRecipientWords).contains(recipient) else { return all }
        return all - recipient
    }

    /// Verbs that make a request of someone ("ask applicants for", "require groups to provide").
    static let requestVerbs: Set<String> = ["ask", "asks", "asking", "asked", "require", "requires", "requiring", "required",
                                            "request", "requests", "requesting", "requested", "expect", "expects", "expecting", "expected"]

    /// Verbs that, after `to`, name what a request asks for ("require groups to provide audited accounts").
    static let providingVerbs: Set<String> = ["provide", "supply", "submit", "send", "give", "produce", "show", "hold", "have", "obtain",
                                              "secure", "find", "raise", "bring", "offer", "put", "pay", "lodge", "include", "attach", "enclose"]

    /// The most words of whom a request is made ("subsidiaries of registered charities").
    static let maxRecipientWords = 8

    /// Whether `piece` (the start of a list's last item, before the match) holds only determiners ("a", "any", "your"),
    /// so the match is the item itself and not the object of a new clause ("and they must provide audited accounts").
    static func onlyDeterminers(_ piece: Substring) -> Bool {
        piece.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).allSatisfy { listDeterminers.contains(String($0)) }
    }

    /// The words that may open a list item before the matched phrase.
    static let listDeterminers: Set<String> = ["a", "an", "the", "any", "some", "your", "our", "their", "its", "other", "another",
                                               "additional", "further", "separate", "extra"]

    /// The most words an earlier item of a negated list may have ("bid bond", "a parent company guarantee").
    static let maxListItemWords = 4

    /// The number of words that start in `range`.
    func words(in range: Range<Int>) -> Int {
        var count = 0
        var index = range.lowerBound
        while index < range.upperBound {
            if ScalarFolding.isWord(text.scalars[index]), index == 0 || !ScalarFolding.isWord(text.scalars[index - 1]) { count += 1 }
            index += 1
        }
        return count
    }
}
