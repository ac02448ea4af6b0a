/// Finds `code spans` in text a rulebook author wrote: paired backticks on one line, as Markdown reads them.
enum CodeSpans {
    /// One stretch of a line: code between a pair of backticks, or text around them.
    struct Piece {
        /// The stretch, without its backticks.
        let text: String
        /// Whether it lay between a pair of backticks.
        let isCode: Bool
        /// Whether an unpaired backtick stood just before it (it is then text, and the backtick is shown).
        let afterStrayBacktick: Bool
    }

    /// The pieces of one line, in order; an empty pair (``) and a last backtick without a partner are text.
    static func pieces(_ line: Substring) -> [Piece] {
        let parts = line.split(separator: "`", omittingEmptySubsequences: false).map(String.init)
        // Parts at odd positions lie between a pair; an odd count of backticks leaves the last one unpaired.
        let paired = parts.count % 2 == 1 ? parts.count : parts.count - 1
        return parts.enumerated().map { index, part in
            let isCode = index % 2 == 1 && index < paired && !part.isEmpty
            return Piece(text: part, isCode: isCode, afterStrayBacktick: index % 2 == 1 && !isCode)
        }
    }
}
