import PolicyYAML

/// One piece of prose a text rule reads: its field path, its text and how offsets map to the file.
public struct ProseField: Sendable {
    /// Where the text sits, such as `sections.eligibility`.
    public let path: NodePath
    /// The text, prepared for matching.
    public let text: ProseText
    private let locate: @Sendable (Int, Int) -> SourceSpan

    /// Creates a field whose `locate(offset, length)` maps a range of the text (in scalars) to the file.
    public init(path: NodePath, text: String, locate: @escaping @Sendable (Int, Int) -> SourceSpan) {
        self.path = path
        self.text = ProseText(text)
        self.locate = locate
    }

    /// The file span of a range of the text.
    public func span(of range: Range<Int>) -> SourceSpan {
        locate(range.lowerBound, range.count)
    }
}
