import Foundation

/// Compiles each format pattern once, with the text rules' linear-time engine, and shares it across threads.
///
/// The format's patterns (ids, currency and language codes) are fixed in code; matching them with the same engine as
/// text rules, on the raw scalars, keeps ICU's regular-expression start-up out of every run.
enum PatternCache {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var compiled: [String: TextPattern?] = [:]

    /// Whether the whole of `text` matches `pattern` (case-sensitive); an invalid pattern matches nothing.
    static func matches(_ pattern: String, _ text: String) -> Bool {
        guard let compiled = textPattern(pattern) else { return false }
        return compiled.matchesWhole(Array(text.unicodeScalars))
    }

    private static func textPattern(_ pattern: String) -> TextPattern? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = compiled[pattern] { return cached }
        let made = try? TextPattern(parsing: pattern, ignoreCase: false)
        compiled[pattern] = made
        return made
    }
}
