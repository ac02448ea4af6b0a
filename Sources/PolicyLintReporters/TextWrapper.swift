/// Wraps prose to a width for terminal output.
enum TextWrapper {
    /// `text` broken into lines of at most `width` characters (longer words stand alone).
    ///
    /// Words are found on the UTF-8 bytes (the separators are ASCII) and each is counted once, in characters only
    /// when it is not plain ASCII; lines are built as bytes and made strings once, so wrapping is linear and cheap
    /// even for a run with hundreds of explanations.
    static func wrap(_ text: String, width: Int) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            // The line being built, its words joined by single spaces, and its length in characters.
            var current: [UInt8] = []
            var currentLength = 0
            var index = 0
            while index < bytes.count {
                guard !isSeparator(bytes[index]) else {
                    index += 1
                    continue
                }
                let start = index
                var ascii = true
                while index < bytes.count, !isSeparator(bytes[index]) {
                    if bytes[index] >= 0x80 { ascii = false }
                    index += 1
                }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
                let length = ascii ? word.count : String(decoding: word, as: UTF8.self).count
                if currentLength > 0, currentLength + 1 + length > width {
                    lines.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                    currentLength = 0
                }
                if currentLength > 0 {
                    current.append(0x20)
                    currentLength += 1
                }
                current.append(contentsOf: word)
                currentLength += length
            }
            if currentLength > 0 { lines.append(String(decoding: current, as: UTF8.self)) }
            return lines
        }
    }

    /// Whether `byte` separates words: a space, line feed, carriage return or tab.
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
