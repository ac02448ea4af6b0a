/// Wraps prose to a width for terminal output.
enum TextWrapper {
    /// `text` broken into lines of at most `width` characters (longer words stand alone).
    ///
    /// Words are found on the UTF-8 bytes (the separators are ASCII) and each is counted once, in characters only
    /// when it is not plain ASCII, so wrapping is linear and cheap even for a run with hundreds of explanations.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentLength = 0
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            guard !isSeparator(utf8[index]) else {
                index = utf8.index(after: index)
                continue
            }
            let start = index
            var ascii = true
            while index < utf8.endIndex, !isSeparator(utf8[index]) {
                if utf8[index] >= 0x80 { ascii = false }
                index = utf8.index(after: index)
            }
            // Decoded from the bytes rather than sliced from the string, whose indices round to character boundaries.
            let word = String(decoding: utf8[start..<index], as: UTF8.self)
            let length = ascii ? utf8.distance(from: start, to: index) : word.count
            if currentLength == 0 {
                current = word
                currentLength = length
            } else if currentLength + 1 + length <= width {
                current += " "
                current += word
                currentLength += 1 + length
            } else {
                lines.append(current)
                current = word
                currentLength = length
            }
        }
        if currentLength > 0 { lines.append(current) }
        return lines
    }

    /// Whether `byte` separates words: a space, line feed, carriage return or tab.
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
