/// Shell-style path patterns: `*` (within a path segment), `**` (across segments), `?` and `[abc]`.
public enum Glob {
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
            if p < pattern.count, pattern[p] == "[", let close = pattern[p...].firstIndex(of: "]") {
                let set = pattern[(p + 1)..<close]
                if set.contains(path[s]) {
                    p = close + 1
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
