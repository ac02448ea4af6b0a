/// The patterns of one rule that may match in one sentence: a view of a field's `PatternCandidates`.
struct PatternFilter {
    /// The field's met requirements.
    let candidates: PatternCandidates
    /// The requirements of every pattern the prefilter knows, by prefilter number.
    let requirements: [Range<Int>]
    /// The sentence's index in the field.
    let sentence: Int
    /// The prefilter number of the rule's first pattern.
    let base: Int

    /// Whether the rule's pattern `index` (its `patterns`, then its `unless`) may match in the sentence:
    /// every one of its literal requirements is met there (true when it has none).
    func allows(_ index: Int) -> Bool {
        for requirement in requirements[base + index] where !candidates.contains(requirement, sentence: sentence) { return false }
        return true
    }
}
