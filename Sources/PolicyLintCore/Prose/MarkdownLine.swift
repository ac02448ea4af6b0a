/// Takes the Markdown syntax out of one line, keeping the words and where each one is in the file.
enum MarkdownLine {
    /// The prose of the line `bytes[start..<end]`: block marks (quote `>`, heading `#`, list
    /// bullets and numbers) and inline marks (emphasis, code ticks, HTML tags, link targets) left out.
    static func strip(_ bytes: [UInt8], _ start: Int, _ end: Int) -> ProseLine {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = start
        for scalar in String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += SourceTextLength.of(scalar)
        }
        var index = skipBlockMarks(scalars)
        var line = ProseLine()
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "*", "`", "~":
                index += 1
                continue
            case "_":
                let before = index > 0 && ScalarFolding.isWord(scalars[index - 1])
                let after = index + 1 < scalars.count && ScalarFolding.isWord(scalars[index + 1])
                if !(before && after) { index += 1; continue }
            case "<":
                if let close = scalars[index...].firstIndex(of: ">"),
                   index + 1 < scalars.count, ScalarFolding.isWord(scalars[index + 1]) || scalars[index + 1] == "/" || scalars[index + 1] == "!" {
                    index = close + 1
                    continue
                }
            case "!" where index + 1 < scalars.count && scalars[index + 1] == "[":
                index += 1
                continue
            case "[":
                if let close = scalars[index...].firstIndex(of: "]"), close + 1 < scalars.count, scalars[close + 1] == "(" {
                    for inner in (index + 1)..<close where !"*`_".unicodeScalars.contains(scalars[inner]) {
                        line.keep(scalars[inner], at: offsets[inner], length: SourceTextLength.of(scalars[inner]))
                    }
                    if let paren = scalars[(close + 1)...].firstIndex(of: ")") { index = paren + 1 } else { index = close + 1 }
                    continue
                }
            case "\\" where index + 1 < scalars.count:
                index += 1
                line.keep(scalars[index], at: offsets[index], length: SourceTextLength.of(scalars[index]))
                index += 1
                continue
            default:
                break
            }
            line.keep(scalar, at: offsets[index], length: SourceTextLength.of(scalar))
            index += 1
        }
        return line
    }

    /// The index after leading indentation, quote marks, heading marks and a list bullet or number.
    private static func skipBlockMarks(_ scalars: [Unicode.Scalar]) -> Int {
        var index = 0
        func skipSpaces() { while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 } }
        skipSpaces()
        while index < scalars.count, scalars[index] == ">" {
            index += 1
            skipSpaces()
        }
        if index < scalars.count, scalars[index] == "#" {
            while index < scalars.count, scalars[index] == "#" { index += 1 }
            skipSpaces()
            return index
        }
        if index + 1 < scalars.count, "-*+•".unicodeScalars.contains(scalars[index]), scalars[index + 1] == " " {
            index += 2
            skipSpaces()
            if index + 2 < scalars.count, scalars[index] == "[", scalars[index + 2] == "]" { index += 3 }
            return index
        }
        var digits = index
        while digits < scalars.count, ScalarFolding.isDigit(scalars[digits]) { digits += 1 }
        if digits > index, digits + 1 < scalars.count, scalars[digits] == "." || scalars[digits] == ")", scalars[digits + 1] == " " {
            return digits + 2
        }
        return index
    }
}
