extension ProseText {
    /// A copy with each range's scalars replaced by its text, padded with spaces to the range's length (the text must
    /// be no longer), so every offset still means the same place; the original scalars are kept for quoting.
    func rewriting(_ replacements: [(range: Range<Int>, text: String)]) -> ProseText {
        var scalars = self.scalars
        for replacement in replacements {
            let new = Array(replacement.text.unicodeScalars)
            for (step, index) in replacement.range.enumerated() {
                scalars[index] = step < new.count ? new[step] : " "
            }
        }
        return ProseText(original: original, scalars: scalars)
    }

    /// Text whose normalised scalars are given (the same length as `original`).
    init(original: [Unicode.Scalar], scalars: [Unicode.Scalar]) {
        self.original = original
        self.scalars = scalars
        folded = scalars.map(ScalarFolding.lower)
    }
}
