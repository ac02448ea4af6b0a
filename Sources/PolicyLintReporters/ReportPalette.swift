import Foundation

/// The report's colours, each meeting WCAG AA contrast (4.5:1 or more) with the background it is drawn on.
public enum ReportPalette {
    /// Page background.
    public static let background = "#ffffff"
    /// Body text (17.2:1 on white).
    public static let text = "#1b1b1b"
    /// Secondary text (8.9:1 on white).
    public static let muted = "#4a4a4a"
    /// Links (8.0:1 on white).
    public static let link = "#0b4f9e"
    /// Table header and quote background (body text 15.5:1 on it).
    public static let panel = "#f3f3f3"
    /// Errors and "at risk" (7.8:1 on white, 6.9:1 on its tint).
    public static let error = "#a4121c"
    /// Background tint behind error text.
    public static let errorTint = "#fdeced"
    /// Warnings and "needs attention" (7.5:1 on white, 6.9:1 on its tint).
    public static let warning = "#7a4a00"
    /// Background tint behind warning text.
    public static let warningTint = "#fff4e0"
    /// Infos and "minor points" (8.1:1 on white, 7.1:1 on its tint).
    public static let info = "#1d4f91"
    /// Background tint behind info text.
    public static let infoTint = "#e9f0fa"
    /// "Ready to launch" and "no barriers found" (6.6:1 on white, 5.8:1 on its tint).
    public static let ready = "#1a6b35"
    /// Background tint behind ready text.
    public static let readyTint = "#e7f4ea"
    /// "Not checked" (7.0:1 on white).
    public static let neutral = "#595959"

    /// Every foreground and the background it is drawn on, for the contrast test and the documentation.
    public static let pairs: [(name: String, foreground: String, background: String)] = [
        ("text", text, background), ("text on panel", text, panel), ("muted", muted, background), ("link", link, background),
        ("error", error, background), ("error on tint", error, errorTint), ("warning", warning, background),
        ("warning on tint", warning, warningTint), ("info", info, background), ("info on tint", info, infoTint),
        ("ready", ready, background), ("ready on tint", ready, readyTint), ("neutral", neutral, background),
    ]

    /// The WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21).
    public static func contrast(_ first: String, _ second: String) -> Double {
        let one = luminance(first), two = luminance(second)
        return (max(one, two) + 0.05) / (min(one, two) + 0.05)
    }

    private static func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        guard digits.count == 6 else { return 0 }
        let channels = stride(from: 0, to: 6, by: 2).map { index -> Double in
            let value = Double(Int(String(digits[index...index + 1]), radix: 16) ?? 0) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
