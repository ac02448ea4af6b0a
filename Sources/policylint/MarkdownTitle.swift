import Foundation
import PolicyYAML

/// The title of a Markdown document: its first top-level heading (`# Title`, or `Title` underlined with `===`).
enum MarkdownTitle {
    /// The file extensions read as Markdown (plain-text prose has no headings).
    static let extensions: Set<String> = ["md", "markdown"]

    /// The first top-level heading outside fenced code, without its markers; nil for plain text or when there is none.
    static func firstHeading(in source: SourceText) -> String? {
        guard extensions.contains((source.name as NSString).pathExtension.lowercased()) else { return nil }
        let text = String(decoding: source.bytes, as: UTF8.self)
        var fence: String?
        var previous = ""
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = String(rawLine.drop { $0 == " " })
            let indent = rawLine.prefix { $0 == " " }.count
            if indent <= 3, let marker = ["```", "~~~"].first(where: { line.hasPrefix($0) }) {
                fence = fence == nil ? marker : (fence == marker ? nil : fence)
                previous = ""
                continue
            }
            guard fence == nil, indent <= 3 else {
                previous = ""
                continue
            }
            if line == "#" || line.hasPrefix("# ") || line.hasPrefix("#\t") {
                let heading = cleaned(String(line.dropFirst()))
                if !heading.isEmpty { return heading }
            } else if !line.isEmpty, line.allSatisfy({ $0 == "=" || $0 == " " }), line.hasPrefix("="), !previous.isEmpty {
                return cleaned(previous)
            }
            previous = line.hasPrefix("#") ? "" : line
        }
        return nil
    }

    /// Heading text without surrounding spaces, a closing run of `#`, or emphasis and code marks (`*Real*` → `Real`).
    private static func cleaned(_ text: String) -> String {
        var heading = text.trimmingCharacters(in: .whitespaces)
        for mark in ["**", "__", "*", "`"] { heading = heading.replacingOccurrences(of: mark, with: "") }
        if let closing = heading.range(of: "\\s+#+$", options: .regularExpression) { heading.removeSubrange(closing) }
        if heading.allSatisfy({ $0 == "#" }) { return "" }
        return heading.trimmingCharacters(in: .whitespaces)
    }
}
