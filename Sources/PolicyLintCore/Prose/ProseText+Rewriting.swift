extension ProseText {
    /// A copy of the scalars in `window` (all of them when nil), with each range (counted from the window's start)
    /// replaced by its text, padded with spaces to the range's length (the text must be no longer), so every offset
    /// still means the same place; the original scalars are kept for quoting.
    func rewriting(_ replacements: [(range: Range<Int>, text: String)], within window: Range<Int>? = nil) -> ProseText {
        let window = window ?? 0..<count
        var scalars = Array(self.scalars[window])
        for replacement in replacements {
            let new = Array(replacement.text.unicodeScalars)
            for (step, index) in replacement.range.enumerated() {
                scalars[index] = step < new.count ? new[step] : " "
            }
        }
        return ProseText(original: Array(original[window]), scalars: scalars)
    }

    /// Text whose normalised scalars are given (the same length as `original`).
    init(original: [Unicode.Scalar], scalars: [Unicode.Scalar]) {
        self.original = original
        self.scalars = scalars
        folded = scalars.map(ScalarFolding.lower)
    }
}
