import PolicyCondition

/// "Did you mean" suggestions by edit distance.
public enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a likely typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        var best: (String, Int)?
        for candidate in candidates {
            let distance = EditDistance.between(lowered, candidate.lowercased())
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        return isClose(distance, word, candidate) ? candidate : nil
    }

    /// ` (did you mean 'x'?)`, or an empty string.
    public static func hint(for word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// ` (did you mean …?)` for a rule id (or an id followed by `*`) that names no rule in `ids`: the closest id; else,
    /// when the pattern is a near miss of the leading words of some ids (`match-fundng` for `match-funding-required`
    /// and `match-funding-in-prose`), those ids, as one glob such as `match-funding-*` where `globs` are accepted
    /// (`--select`, `--ignore`, a config's `rules`) and by name where only an id will do (`explain`, a waiver).
    /// An empty string when nothing is close.
    public static func ruleHint(for pattern: String, in ids: [String], globs: Bool = true) -> String {
        let isPrefixGlob = pattern.hasSuffix("*")
        var word = isPrefixGlob ? String(pattern.dropLast()) : pattern
        if !isPrefixGlob, let id = closest(to: word, in: ids) { return " (did you mean '\(id)'?)" }
        while word.hasSuffix("-") { word.removeLast() }
        guard !word.isEmpty, !word.contains(where: { "*?[]{}".contains($0) }) else { return "" }
        let wordCount = word.split(separator: "-", omittingEmptySubsequences: false).count
        var idsByLeadingWords: [String: [String]] = [:]
        for id in ids {
            let words = id.split(separator: "-", omittingEmptySubsequences: false)
            guard words.count > wordCount else { continue }
            idsByLeadingWords[words.prefix(wordCount).joined(separator: "-"), default: []].append(id)
        }
        var best: (leading: String, distance: Int)?
        for leading in idsByLeadingWords.keys.sorted() {
            let distance = EditDistance.between(word.lowercased(), leading.lowercased())
            if isClose(distance, word, leading), distance < (best?.distance ?? Int.max) { best = (leading, distance) }
        }
        guard let best, let matching = idsByLeadingWords[best.leading], let first = matching.first else { return "" }
        if matching.count == 1 { return " (did you mean '\(first)'?)" }
        let shown = matching.count <= 4 ? matching.map { "'\($0)'" } : matching.prefix(3).map { "'\($0)'" } + ["\(matching.count - 3) more"]
        let names = shown.dropLast().joined(separator: ", ") + " and " + (shown.last ?? "")
        return globs ? " (did you mean '\(best.leading)-*', which matches \(names)?)" : " (did you mean one of \(names)?)"
    }

    /// Whether `distance` edits between `word` and `candidate` are few enough for a likely typo: at most a third of the
    /// shorter name (two for short names), and always fewer than half of it, so `nope` is not taken for `core`.
    private static func isClose(_ distance: Int, _ word: String, _ candidate: String) -> Bool {
        let shorter = min(word.count, candidate.count)
        return distance <= max(2, shorter / 3) && distance * 2 < shorter
    }
}
