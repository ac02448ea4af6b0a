extension ProseText {
    /// The scalars in `window` with each range (offsets of this text, inside `window`) replaced by its text, which may be
    /// longer or shorter, and the map from the new text's offsets back to this text's. Ranges that overlap an earlier
    /// one are left out.
    func rewriting(_ replacements: [(range: Range<Int>, text: String)], within window: Range<Int>) -> RewrittenText {
        var original: [Unicode.Scalar] = []
        var scalars: [Unicode.Scalar] = []
        var edits: [RewrittenText.Edit] = []
        var position = window.lowerBound
        for replacement in replacements.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where replacement.range.lowerBound >= position && replacement.range.upperBound <= window.upperBound {
            original += self.original[position..<replacement.range.lowerBound]
            scalars += self.scalars[position..<replacement.range.lowerBound]
            let new = Array(replacement.text.unicodeScalars)
            edits.append(RewrittenText.Edit(rewritten: scalars.count..<(scalars.count + new.count), source: replacement.range))
            original += new
            scalars += new
            position = replacement.range.upperBound
        }
        original += self.original[position..<window.upperBound]
        scalars += self.scalars[position..<window.upperBound]
        return RewrittenText(text: ProseText(original: original, scalars: scalars), origin: window.lowerBound, edits: edits)
    }

    /// Text whose normalised scalars are given (the same length as `original`).
    init(original: [Unicode.Scalar], scalars: [Unicode.Scalar]) {
        self.original = original
        self.scalars = scalars
        folded = scalars.map(ScalarFolding.lower)
    }
}
