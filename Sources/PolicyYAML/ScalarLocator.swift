/// Maps offsets in a scalar's text back to places in the file, through quotes, escapes,
/// indentation and the line folding of block scalars.
public struct ScalarLocator: Sendable {
    private let source: SourceText
    /// Byte offset in the file of each Unicode scalar of the text, plus one past the end.
    private let offsets: [Int]

    /// Aligns the text of `node` (which must be a scalar) with its bytes in `source`.
    public init(source: SourceText, node: YAMLNode) {
        self.source = source
        guard let scalar = node.scalar else {
            offsets = [node.span.start.offset]
            return
        }
        let bytes = source.bytes
        let end = min(node.span.end.offset, bytes.count)
        var file = node.span.start.offset
        switch scalar.style {
        case .singleQuoted, .doubleQuoted:
            file += 1
        case .literal, .folded:
            while file < end, bytes[file] != 0x0A, bytes[file] != 0x0D { file += 1 }
        case .plain:
            break
        }
        var table: [Int] = []
        let text = Array(scalar.text.unicodeScalars)
        table.reserveCapacity(text.count + 1)
        for character in text {
            let wanted = character.utf8
            while file < end {
                let byte = bytes[file]
                if bytes[file..<min(end, file + wanted.count)].elementsEqual(wanted) {
                    if scalar.style == .singleQuoted, character == "'", file + 1 < end, bytes[file + 1] == 0x27 { file += 1 }
                    break
                }
                if scalar.style == .doubleQuoted, byte == 0x5C { break }
                if character == " " || character == "\n", byte == 0x0A || byte == 0x0D { break }
                file += 1
            }
            table.append(min(file, end))
            if file >= end { continue }
            if scalar.style == .doubleQuoted, bytes[file] == 0x5C {
                file += Self.escapeLength(bytes, at: file, end: end)
            } else if (character == " " || character == "\n"), bytes[file] == 0x0A || bytes[file] == 0x0D {
                file += 1
            } else {
                file += max(1, wanted.count)
            }
        }
        table.append(min(file, end))
        offsets = table
    }

    /// The file position of the text offset (in Unicode scalars), clamped to the text.
    public func position(ofTextOffset offset: Int) -> SourcePosition {
        let index = max(0, min(offset, offsets.count - 1))
        return source.position(ofOffset: offsets[index])
    }

    /// The file span of a range of the text, given as an offset and a length in Unicode scalars.
    public func span(offset: Int, length: Int) -> SourceSpan {
        let start = position(ofTextOffset: offset)
        let lastIndex = max(offset, offset + length - 1)
        let endIndex = max(0, min(lastIndex, offsets.count - 1))
        let lastByte = offsets[endIndex]
        let endOffset = lastByte < source.bytes.count ? lastByte + SourceText.scalarLength(leadByte: source.bytes[lastByte]) : lastByte
        return SourceSpan(start: start, end: length == 0 ? start : source.position(ofOffset: endOffset))
    }

    private static func escapeLength(_ bytes: [UInt8], at index: Int, end: Int) -> Int {
        guard index + 1 < end else { return 1 }
        switch bytes[index + 1] {
        case UInt8(ascii: "x"): return 4
        case UInt8(ascii: "u"): return 6
        case UInt8(ascii: "U"): return 10
        case 0x0A, 0x0D:
            var next = index + 2
            while next < end, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
            return next - index
        default: return 2
        }
    }
}
