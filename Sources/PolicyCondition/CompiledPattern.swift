import Foundation

/// A compiled regular expression shared between threads.
///
/// `NSRegularExpression` is immutable after creation and documented as thread-safe,
/// hence the unchecked `Sendable` conformance.
struct CompiledPattern: @unchecked Sendable {
    /// The compiled expression.
    let regex: NSRegularExpression

    /// Compiles `pattern`, or returns nil when it is invalid.
    init?(_ pattern: String) {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        self.regex = regex
    }

    /// Whether the pattern matches any part of `text` (CEL `matches` is an unanchored search).
    func matches(_ text: String) -> Bool {
        let range = NSRange(location: 0, length: text.utf16.count)
        return regex.firstMatch(in: text, options: [], range: range) != nil
    }
}
