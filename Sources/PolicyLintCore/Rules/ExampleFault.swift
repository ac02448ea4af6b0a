import Foundation
import PolicyYAML

/// Places a fault found in a rule example, which is read wrapped as a whole policy (`ExamplePolicy.wrap`), at the
/// line and column of the rulebook where the example's text is written.
enum ExampleFault {
    /// Where in `source` (the rulebook) the fault `finding` of the example `text`, written at `span`, lies, and its
    /// message with any line of the wrapped example it names turned into the rulebook's line; nil when the example's
    /// node cannot be found again.
    static func place(_ finding: Finding, example text: String, kind: String?, at span: SourceSpan,
                      in source: SourceText) -> (location: Location, message: String)? {
        guard let documents = try? YAMLLoader.load(source), let node = documents.lazy.compactMap({ scalar(at: span, in: $0.root) }).first
        else { return nil }
        let locator = ScalarLocator(source: source, node: node)
        let wrapped = ExamplePolicy.wrap(text, kind: kind)
        let headerBytes = wrapped.utf8.count - text.utf8.count - (text.hasSuffix("\n") ? 0 : 1)
        let headerLines = wrapped.utf8.prefix(headerBytes).filter { $0 == 0x0A }.count
        let fragmentBytes = Array(text.utf8)
        let byte = max(0, min(fragmentBytes.count, finding.location.span.start.offset - headerBytes))
        let offset = String(decoding: fragmentBytes[..<byte], as: UTF8.self).unicodeScalars.count
        let position = locator.position(ofTextOffset: offset)
        let location = Location(source: source, span: SourceSpan(at: position))
        return (location, message(finding.message, headerLines: headerLines, text: text, locator: locator))
    }

    /// `message` with "that starts at line N", which counts lines of the wrapped example, naming the rulebook's line.
    private static func message(_ message: String, headerLines: Int, text: String, locator: ScalarLocator) -> String {
        guard let range = message.range(of: #" that starts at line (\d+)"#, options: .regularExpression),
              let wrappedLine = Int(message[range].filter(\.isNumber)) else { return message }
        let line = wrappedLine - headerLines
        guard line >= 1 else { return message.replacingCharacters(in: range, with: "") }
        // The text offset, in Unicode scalars, of the start of the example's `line`.
        var offset = 0, seen = 1
        for character in text.unicodeScalars where seen < line {
            offset += 1
            if character == "\n" { seen += 1 }
        }
        return message.replacingCharacters(in: range, with: " that starts at line \(locator.position(ofTextOffset: offset).line)")
    }

    /// The scalar node at `span` under `node`.
    private static func scalar(at span: SourceSpan, in node: YAMLNode) -> YAMLNode? {
        if node.span == span, node.scalar != nil { return node }
        guard node.span.start.offset <= span.start.offset, span.end.offset <= node.span.end.offset else { return nil }
        for child in (node.sequence ?? []) + (node.mapping?.map(\.value) ?? []) {
            if let found = scalar(at: span, in: child) { return found }
        }
        return nil
    }
}
