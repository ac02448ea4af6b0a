/// A range of the source, in Unicode scalars.
struct SourceSpan: Sendable, Equatable {
    /// Start offset.
    let offset: Int
    /// Length (0 at end of input).
    let length: Int

    /// The offset just past the span.
    var end: Int { offset + length }

    /// The span covering both `self` and `other`.
    func union(_ other: SourceSpan) -> SourceSpan {
        let start = min(offset, other.offset)
        return SourceSpan(offset: start, length: max(end, other.end) - start)
    }
}
