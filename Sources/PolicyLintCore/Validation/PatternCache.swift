import Foundation

/// Compiles each format pattern once and shares it across threads (NSRegularExpression matching is thread-safe).
enum PatternCache {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var compiled: [String: NSRegularExpression] = [:]

    /// Whether the whole of `text` matches `pattern`; an invalid pattern matches nothing.
    static func matches(_ pattern: String, _ text: String) -> Bool {
        guard let expression = regex(pattern) else { return false }
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return expression.firstMatch(in: text, options: [], range: range) != nil
    }

    private static func regex(_ pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = compiled[pattern] { return cached }
        let expression = try? NSRegularExpression(pattern: pattern)
        compiled[pattern] = expression
        return expression
    }
}
