/// A stretch of prose read again with some wordings replaced ("is not" read as "must be"), which maps offsets in the
/// new text back to the text it was rewritten from, so a phrase found in it is reported where it was written.
struct RewrittenText: Sendable {
    /// One replacement: where its new words are in `text`, and the range of the source they replace.
    struct Edit: Sendable, Equatable {
        /// The new words, as offsets in `text`.
        let rewritten: Range<Int>
        /// What they replace, as offsets in the source.
        let source: Range<Int>
    }

    /// The rewritten text alone: its offset 0 is `origin` in the source.
    let text: ProseText
    /// The source offset where `text` starts.
    let origin: Int
    /// The replacements, in order.
    let edits: [Edit]

    /// The source range that `range` of `text` reads: a bound inside new words moves out to the edge of what they replace.
    func sourceRange(of range: Range<Int>) -> Range<Int> {
        let lower = sourceOffset(of: range.lowerBound, towardsEnd: false)
        return lower..<max(lower, sourceOffset(of: range.upperBound, towardsEnd: true))
    }

    /// The ranges of `text` whose words replace a source range contained in one of `sources`.
    func rewrittenRanges(replacing sources: [Range<Int>]) -> [Range<Int>] {
        edits.filter { edit in sources.contains { $0.lowerBound <= edit.source.lowerBound && edit.source.upperBound <= $0.upperBound } }
            .map(\.rewritten)
    }

    /// The source offset of `offset` in `text`; inside new words, their source's start, or its end when `towardsEnd`.
    private func sourceOffset(of offset: Int, towardsEnd: Bool) -> Int {
        var shift = origin
        for edit in edits {
            if towardsEnd ? offset <= edit.rewritten.lowerBound : offset < edit.rewritten.lowerBound { break }
            if towardsEnd ? offset <= edit.rewritten.upperBound : offset < edit.rewritten.upperBound {
                return towardsEnd ? edit.source.upperBound : edit.source.lowerBound
            }
            shift = edit.source.upperBound - edit.rewritten.upperBound
        }
        return offset + shift
    }
}
