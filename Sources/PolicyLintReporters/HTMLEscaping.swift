/// Escaping for HTML that is also well-formed XML, so policy text shows as written and can never add markup.
public enum HTMLEscaping {
    /// `text` safe as element content: `&`, `<` and `>` escaped, characters XML cannot hold dropped.
    public static func content(_ text: String) -> String { escape(text, attribute: false) }

    /// `text` safe inside a double-quoted attribute value.
    public static func attribute(_ text: String) -> String { escape(text, attribute: true) }

    /// `text` reduced to a safe id or fragment: ASCII letters, digits and `-`, everything else as `-`.
    public static func identifier(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil) ? scalar : "-"
        }))
    }

    private static func escape(_ text: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "'" where attribute: out += "&#39;"
            case "\n" where attribute, "\t" where attribute: out += " "
            case "\r": continue
            default:
                if XMLText.isAllowed(scalar), !(0x7F...0x9F).contains(scalar.value) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "\u{FFFD}"
                }
            }
        }
        return out
    }
}
