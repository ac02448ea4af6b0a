/// Path arithmetic on strings, in place of `NSString`'s.
///
/// swift-corelibs-foundation's `NSString.deletingLastPathComponent` traps on a relative path of one character with no
/// folder (`x`, `x/`, `.`), so `policylint check p` or `--output x` crashed; these helpers are plain Swift and total.
public enum PathText {
    /// The folder part of `path`, as `NSString.deletingLastPathComponent` gives it: `a/b/c` → `a/b`, `/x` → `/`,
    /// `./x` → `.`, and `""` for a name with no folder (`x`, `x/`) or an empty path. Trailing slashes are ignored.
    public static func folder(of path: String) -> String {
        var scalars = Array(path.unicodeScalars)
        while scalars.count > 1, scalars.last == "/" { scalars.removeLast() }
        if scalars == ["/"] { return "/" }
        guard let slash = scalars.lastIndex(of: "/") else { return "" }
        var end = slash
        while end > 0, scalars[end - 1] == "/" { end -= 1 }
        if end == 0 { return "/" }
        var folder = String.UnicodeScalarView()
        folder.append(contentsOf: scalars[..<end])
        return String(folder)
    }
}
