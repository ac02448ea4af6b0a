import Foundation
import PolicyYAML

/// The title of a Markdown document: its first top-level heading (`# Title`, or `Title` underlined with `===`).
public enum ProseTitle {
    /// The file extensions read as Markdown (plain-text prose has no headings).
    static let extensions: Set<String> = ["md", "markdown"]

    /// The first top-level heading outside fenced code, without its markers or emphasis and code marks; nil for plain
    /// text or when there is none. ATX headings are recognised as the prose reader recognises them.
    public static func of(_ source: SourceText) -> String? {
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
            if line.prefix(while: { $0 == "#" }).count == 1, let heading = ProseReader.headingText(line).map(cleaned), !heading.isEmpty {
                return heading
            }
            if !line.isEmpty, line.hasPrefix("="), line.allSatisfy({ $0 == "=" || $0 == " " }), !previous.isEmpty {
                return cleaned(previous)
            }
            previous = line.hasPrefix("#") ? "" : line
        }
        return nil
    }

    /// Heading text without surrounding spaces or emphasis and code marks (`*Real*` → `Real`).
    private static func cleaned(_ text: String) -> String {
        var heading = text
        for mark in ["**", "__", "*", "`"] { heading = heading.replacingOccurrences(of: mark, with: "") }
        return heading.trimmingSpaces
    }
}
