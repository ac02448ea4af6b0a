/// Shell-style path patterns: `*` (within a path segment), `**` (across segments), `?`, and bracket sets such as
/// `[abc]`, `[a-z]` and `[!_]` (or `[^_]`), none of which matches `/`.
public enum Glob {
    /// Why `pattern` is not a usable glob (an unclosed `[`, an empty set, a range written backwards), or nil when it is.
    public static func problem(in pattern: String) -> String? {
        let scalars = Array(pattern.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "[" else {
                index += 1
                continue
            }
            guard let set = BracketSet(scalars, at: index) else {
                return "glob '\(pattern)' opens a set with '[' that is never closed; write '[[]' for a literal '['"
            }
            if let backwards = set.backwardsRange {
                return "glob '\(pattern)' has the range '\(backwards)' written backwards"
            }
            index = set.end
        }
        return nil
    }

    /// Whether `path` matches `pattern`; a pattern ending in `/` or naming a directory matches everything below it.
    public static func matches(_ pattern: String, _ path: String) -> Bool {
        let trimmed = pattern.hasSuffix("/") ? pattern + "**" : pattern
        let patternChars = Array(trimmed.unicodeScalars)
        let pathChars = Array(path.unicodeScalars)
        if match(patternChars, 0, pathChars, 0) { return true }
        return !trimmed.hasSuffix("**") && match(patternChars + Array("/**".unicodeScalars), 0, pathChars, 0)
    }

    private static func match(_ pattern: [Unicode.Scalar], _ p: Int, _ path: [Unicode.Scalar], _ s: Int) -> Bool {
        var p = p
        var s = s
        var starP = -1
        var starS = -1
        var globstar = false
        while s < path.count {
            if p + 1 < pattern.count, pattern[p] == "*", pattern[p + 1] == "*" {
                var next = p + 2
                if next == pattern.count { return true }
                if pattern[next] == "/" { next += 1 }
                for start in s...path.count where start == s || path[start - 1] == "/" {
                    if match(pattern, next, path, start) { return true }
                }
                return false
            }
            if p < pattern.count, pattern[p] == "*" {
                starP = p
                starS = s
                globstar = false
                p += 1
                continue
            }
            if p < pattern.count, pattern[p] == "[", let set = BracketSet(pattern, at: p) {
                if set.matches(path[s]) {
                    p = set.end
                    s += 1
                    continue
                }
            } else if p < pattern.count, pattern[p] == "?" ? path[s] != "/" : pattern[p] == path[s] {
                p += 1
                s += 1
                continue
            }
            if starP >= 0, !globstar, path[starS] != "/" {
                starS += 1
                s = starS
                p = starP + 1
                continue
            }
            return false
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
