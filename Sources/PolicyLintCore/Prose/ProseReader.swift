import PolicyYAML

/// Reads a Markdown or plain-text file into prose fields, keeping every scalar's place in the file.
///
/// Markdown: YAML front matter, fenced code blocks, HTML comments and tags, link targets,
/// emphasis markers, heading marks, block quote marks and list bullets are left out; each
/// ATX heading (`#`…`######`) and each setext heading (a line after a blank line, underlined
/// with `===` or `---`) starts a field `sections.<heading-slug>` (text before the first
/// heading is `sections.preamble`). A heading that only names a topic ("## Match funding") asks
/// for nothing, so its words are read only when it states something: when it holds a word of
/// obligation such as `must`, `required` or `only` ("## Applicants must provide audited
/// accounts"). Plain text is one field, `sections.text`.
/// Lines stay lines, so sentences that wrap match whole.
public enum ProseReader {
    /// The document, or a located input finding when the file is not readable text.
    public static func read(_ source: SourceText) -> Result<ProseDocument, ProseReadError> {
        let bytes = source.bytes
        if let encoding = source.foreignEncoding {
            return .failure(ProseReadError(id: "invalid-encoding", message: "the file is \(encoding); save it as UTF-8", span: SourceSpan(at: .start)))
        }
        if let bad = firstInvalidByte(bytes) {
            let isBinary = bytes[bad] == 0
            return .failure(ProseReadError(id: isBinary ? "binary-file" : "invalid-encoding",
                                           message: isBinary ? "the file holds a NUL byte, so it is not text" : "the file is not valid UTF-8 text",
                                           span: SourceSpan(at: source.position(ofOffset: bad))))
        }
        let markdown = !source.name.lowercased().hasSuffix(".txt") && !source.name.lowercased().hasSuffix(".text")
        var sections: [(NodePath, [ProseLine])] = []
        var current: (NodePath, [ProseLine]) = (NodePath([.key("sections"), .key(markdown ? "preamble" : "text")]), [])
        var usedSlugs: [String: Int] = [:]
        var fence: String?
        var inComment = false
        var inFrontMatter = false
        /// Where the front matter opens, if it does.
        var frontMatterOpening: SourceSpan?
        var previousBlank = true
        var skipUnderline = false
        let lineCount = max(1, source.lineStarts.count)
        /// The bytes of a 1-based line, without its line break.
        func lineRange(_ number: Int) -> (start: Int, end: Int) {
            let start = source.lineStarts[number - 1]
            var end = number < source.lineStarts.count ? source.lineStarts[number] : bytes.count
            while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
            return (start, end)
        }
        /// Starts a section for a heading, reading its words only when it states an obligation.
        func startSection(_ heading: String, _ start: Int, _ end: Int) {
            sections.append(current)
            var slug = Self.slug(heading)
            if slug.isEmpty { slug = "section" }
            usedSlugs[slug, default: 0] += 1
            if let count = usedSlugs[slug], count > 1 { slug += "-\(count)" }
            current = (NodePath([.key("sections"), .key(slug)]), [])
            // A heading stands alone as a sentence of its own, read only when it states an obligation.
            current.1.append(ProseLine())
            if Self.statesObligation(heading) {
                current.1.append(MarkdownLine.strip(bytes, start, end))
                current.1.append(ProseLine())
            }
        }
        for number in 1...lineCount {
            let (start, end) = lineRange(number)
            let raw = String(decoding: bytes[start..<end], as: UTF8.self)
            let trimmed = raw.trimmingSpaces
            guard markdown else {
                current.1.append(keepAll(bytes, start, end))
                continue
            }
            let wasBlank = previousBlank
            previousBlank = trimmed.isEmpty
            if skipUnderline {
                skipUnderline = false
                previousBlank = true
                continue
            }
            // Front matter, fences and comments end a paragraph: a line after them may start a setext heading.
            if number == 1, trimmed == "---" {
                inFrontMatter = true
                previousBlank = true
                frontMatterOpening = SourceSpan(start: SourcePosition(line: 1, column: 1, offset: start),
                                                end: SourcePosition(line: 1, column: raw.unicodeScalars.count + 1, offset: end))
                continue
            }
            if inFrontMatter {
                if trimmed == "---" || trimmed == "..." { inFrontMatter = false }
                previousBlank = true
                continue
            }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                previousBlank = true
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                current.1.append(ProseLine())
                continue
            }
            if inComment || trimmed.hasPrefix("<!--") {
                inComment = !trimmed.contains("-->")
                previousBlank = true
                continue
            }
            if let heading = headingText(trimmed) {
                startSection(heading, start, end)
                continue
            }
            if isRule(trimmed) { current.1.append(ProseLine()); continue }
            // A setext heading: one line of text after a blank line, underlined with `===` or `---`.
            if wasBlank, !trimmed.isEmpty, !startsBlock(trimmed), !trimmed.hasPrefix("<"), number < lineCount {
                let next = lineRange(number + 1)
                if Self.isSetextUnderline(String(decoding: bytes[next.start..<next.end], as: UTF8.self)) {
                    var heading = ""
                    heading.unicodeScalars.append(contentsOf: MarkdownLine.strip(bytes, start, end).scalars)
                    startSection(heading.trimmingSpaces, start, end)
                    skipUnderline = true
                    continue
                }
            }
            if startsBlock(trimmed) { current.1.append(ProseLine()) }
            current.1.append(MarkdownLine.strip(bytes, start, end))
        }
        if inFrontMatter, let frontMatterOpening {
            // Everything after an unclosed opening would be skipped as front matter, so nothing would be checked.
            return .failure(ProseReadError(id: "invalid-front-matter",
                                           message: "the front matter opened on line 1 is never closed, so the whole file would be read as front matter; end it with a line of '---', or remove this line if it is not front matter",
                                           span: frontMatterOpening))
        }
        sections.append(current)
        let fields = sections.compactMap { path, lines in field(path: path, lines: lines, source: source) }
        guard !fields.isEmpty else {
            // Nothing to read is nothing checked, as for an empty YAML file: a report must not call it ready.
            return .failure(ProseReadError(id: "empty-file", message: "the file holds no prose to check: it is empty, or only front matter, headings that name topics, code or comments",
                                           span: SourceSpan(at: .start)))
        }
        return .success(ProseDocument(source: source, fields: fields))
    }

    /// The words that make a heading a statement rather than a topic's name.
    static let obligationWords: Set<String> = ["must", "should", "shall", "need", "needs", "needed", "require", "requires", "required",
                                               "requirement", "mandatory", "essential", "only", "cannot", "can't", "will", "expected",
                                               "have", "has", "compulsory", "necessary"]

    /// Whether a heading states something (holds a word of obligation) rather than naming a topic.
    static func statesObligation(_ heading: String) -> Bool {
        heading.lowercased().split { !($0.isLetter || $0 == "'" || $0 == "’") }.contains { obligationWords.contains(String($0).replacingOccurrences(of: "’", with: "'")) }
    }

    /// A heading's text, with its `#` marks and closing hashes taken off, for an ATX heading line.
    static func headingText(_ line: String) -> String? {
        guard line.hasPrefix("#") else { return nil }
        let marks = line.prefix { $0 == "#" }
        guard marks.count <= 6 else { return nil }
        let rest = line.dropFirst(marks.count)
        guard rest.isEmpty || rest.hasPrefix(" ") || rest.hasPrefix("\t") else { return nil }
        var text = String(rest).trimmingSpaces
        // A closing run of `#` counts only after a space (CommonMark), so "C#" keeps its mark.
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing == text.count || text.dropLast(closing).hasSuffix(" ") || text.dropLast(closing).hasSuffix("\t") {
            text.removeLast(closing)
        }
        return text.trimmingSpaces
    }

    /// The lower-case, dash-separated form of a heading: `Eligibility criteria` → `eligibility-criteria`.
    public static func slug(_ heading: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in heading.unicodeScalars {
            if ScalarFolding.isWord(scalar) && scalar != "_" {
                if pendingDash && !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(ScalarFolding.lower(scalar))
            } else if scalar == "'" || scalar == "’" {
                continue
            } else {
                pendingDash = true
            }
        }
        return slug
    }

    /// Whether a line starts a list item or a table row, which never continue the sentence before.
    private static func startsBlock(_ line: String) -> Bool {
        var text = Substring(line)
        while text.hasPrefix(">") { text = Substring(String(text.dropFirst()).trimmingSpaces) }
        if text.hasPrefix("|") { return true }
        if let first = text.first, "-*+•".contains(first), text.dropFirst().hasPrefix(" ") { return true }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(digits.count)
        return !digits.isEmpty && (rest.hasPrefix(". ") || rest.hasPrefix(") "))
    }

    /// Whether a line underlines the line above as a setext heading: only `=` or only `-`, indented at most three spaces.
    static func isSetextUnderline(_ line: String) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return false }
        let marks = String(line.dropFirst(indent)).trimmingSpaces
        guard let first = marks.first, first == "=" || first == "-" else { return false }
        return marks.allSatisfy { $0 == first }
    }

    private static func isRule(_ line: String) -> Bool {
        let compact = line.filter { $0 != " " }
        guard compact.count >= 3, let first = compact.first, "-*_=".contains(first) else { return false }
        return compact.allSatisfy { $0 == first }
    }

    private static func keepAll(_ bytes: [UInt8], _ start: Int, _ end: Int) -> ProseLine {
        var line = ProseLine()
        var index = start
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        for scalar in text.unicodeScalars {
            let length = SourceTextLength.of(scalar)
            line.keep(scalar, at: index, length: length)
            index += length
        }
        return line
    }

    private static func field(path: NodePath, lines: [ProseLine], source: SourceText) -> ProseField? {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        for (index, line) in lines.enumerated() {
            if index > 0 {
                scalars.append("\n")
                offsets.append(lines[index - 1].end)
            }
            scalars += line.scalars
            offsets += line.offsets
        }
        guard scalars.contains(where: { ScalarFolding.isWord($0) }) else { return nil }
        let ends = zip(offsets, scalars).map { $0 + SourceTextLength.of($1) }
        let starts = offsets
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return ProseField(path: path, text: text) { offset, length in
            guard !starts.isEmpty else { return SourceSpan(at: .start) }
            let first = max(0, min(offset, starts.count - 1))
            let last = max(first, min(offset + max(length, 1) - 1, starts.count - 1))
            let begin = source.position(ofOffset: starts[first])
            return SourceSpan(start: begin, end: length == 0 ? begin : source.position(ofOffset: ends[last]))
        }
    }

    /// The offset of the first byte that is not part of valid UTF-8, or a NUL byte.
    static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0 { return index }
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for next in 1..<max(1, length) where bytes[index + next] & 0xC0 != 0x80 { return index }
            if length == 3, (byte == 0xE0 && bytes[index + 1] < 0xA0) || (byte == 0xED && bytes[index + 1] > 0x9F) { return index }
            if length == 4, (byte == 0xF0 && bytes[index + 1] < 0x90) || (byte == 0xF4 && bytes[index + 1] > 0x8F) { return index }
            index += length
        }
        return nil
    }
}
