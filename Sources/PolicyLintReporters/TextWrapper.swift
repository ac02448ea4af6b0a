/// Wraps prose to a width for terminal output.
enum TextWrapper {
    /// `text` broken into lines of at most `width` characters (longer words stand alone).
    ///
    /// Each word's length is counted once, so wrapping is linear in the text (re-counting the growing line, as
    /// `String.count` does, made long explanations quadratic).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentLength = 0
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let length = word.count
            if currentLength == 0 {
                current = String(word)
                currentLength = length
            } else if currentLength + 1 + length <= width {
                current += " "
                current += word
                currentLength += 1 + length
            } else {
                lines.append(current)
                current = String(word)
                currentLength = length
            }
        }
        if currentLength > 0 { lines.append(current) }
        return lines
    }
}
