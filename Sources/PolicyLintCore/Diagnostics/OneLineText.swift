import Foundation

/// Messages made to fit on one line of output, whatever text of a policy or other input they quote.
public enum OneLineText {
    /// `text` as one line: each run of line breaks and other control characters, with the spaces around it, becomes
    /// one space. A value quoted from a policy (a multi-line string, an escaped `\n`) can then neither split a finding
    /// over lines of one-line-per-finding output, nor start a line that CI reads as a command, such as `::error::`.
    public static func folded(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isBreak($0) && $0 != "\t" }) else { return text }
        var pieces: [String] = []
        for piece in text.split(whereSeparator: { $0.unicodeScalars.contains(where: isBreak) }) {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { pieces.append(trimmed) }
        }
        return pieces.joined(separator: " ")
    }

    /// Whether `scalar` breaks a line or controls a terminal: a control character or a line or paragraph separator.
    private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        // Every message is checked, so ASCII, nearly all of it, is decided without a Unicode property lookup.
        if scalar.value < 0x80 { return scalar.value < 0x20 || scalar.value == 0x7F }
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}
