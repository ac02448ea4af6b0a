/// Escaping for XML 1.0 text and attribute values, dropping characters XML 1.0 cannot hold.
enum XMLText {
    /// `text` safe inside an element: `&`, `<` and `>` escaped, forbidden characters removed.
    static func content(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// `text` safe inside a double-quoted attribute: quotes escaped too, and tab and line breaks
    /// written as character references so parsers do not fold them into spaces.
    static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    /// Whether XML 1.0 allows the character at all (`Char` in the XML 1.0 grammar).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where inAttribute: out += "&quot;"
            case "'" where inAttribute: out += "&apos;"
            case "\t" where inAttribute: out += "&#9;"
            case "\n" where inAttribute: out += "&#10;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
