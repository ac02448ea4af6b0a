import PolicyYAML

/// One piece of prose a text rule reads: its field path, its text and how offsets map to the file.
public struct ProseField: Sendable {
    /// Where the text sits, such as `sections.eligibility`.
    public let path: NodePath
    /// The text, prepared for matching.
    public let text: ProseText
    /// Makes the offset-to-file mapping; called once per batch of spans, as it may be costly to prepare.
    private let makeLocate: @Sendable () -> @Sendable (Int, Int) -> SourceSpan

    /// Creates a field whose `locate(offset, length)` maps a range of the text (in scalars) to the file.
    public init(path: NodePath, text: String, locate: @escaping @Sendable (Int, Int) -> SourceSpan) {
        self.init(path: path, text: text, preparing: { locate })
    }

    /// Creates a field whose mapping is prepared by `prepare` only when spans are wanted, once per `spans(of:)`.
    init(path: NodePath, text: String, preparing prepare: @escaping @Sendable () -> @Sendable (Int, Int) -> SourceSpan) {
        self.path = path
        self.text = ProseText(text)
        self.makeLocate = prepare
    }

    /// The file span of a range of the text.
    public func span(of range: Range<Int>) -> SourceSpan {
        makeLocate()(range.lowerBound, range.count)
    }

    /// The file spans of several ranges of the text, preparing the mapping once.
    func spans(of ranges: [Range<Int>]) -> [SourceSpan] {
        guard !ranges.isEmpty else { return [] }
        let locate = makeLocate()
        return ranges.map { locate($0.lowerBound, $0.count) }
    }
}
