/// How many terminal columns text takes, so carets line up under what they mark.
///
/// Tabs are shown as four spaces (a terminal's own tab stops depend on what precedes the tab), wide characters
/// (emoji, CJK) take two columns, and combining marks, zero-width joiners and variation selectors none.
enum DisplayWidth {
    /// The columns a tab is shown as.
    static let tabWidth = 4

    /// `line` as the text report shows it: tabs expanded to spaces.
    static func shown(_ line: String) -> String {
        line.utf8.contains(0x09) ? line.replacingOccurrences(of: "\t", with: String(repeating: " ", count: tabWidth)) : line
    }

    /// The columns the scalars of `line` from `start` up to `end` (0-based, clamped) take.
    static func columns(of line: String, from start: Int, to end: Int) -> Int {
        var total = 0
        for scalar in line.unicodeScalars.dropFirst(max(0, start)).prefix(max(0, end - max(0, start))) {
            total += width(of: scalar)
        }
        return total
    }

    /// The columns one scalar takes.
    static func width(of scalar: Unicode.Scalar) -> Int {
        // ASCII, nearly all of a policy, needs no look-up of Unicode properties.
        if scalar.isASCII { return scalar == "\t" ? tabWidth : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if scalar.value == 0xFE0F || scalar.value == 0xFE0E { return 0 }
        // A flag is a pair of regional indicators that terminals show two columns wide together.
        if (0x1F1E6...0x1F1FF).contains(scalar.value) { return 1 }
        if scalar.properties.isEmojiPresentation || isEastAsianWide(scalar.value) { return 2 }
        return 1
    }

    /// Whether a code point is in the main East Asian wide or fullwidth blocks.
    private static func isEastAsianWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
