/// Turns libyaml marks (which count characters) into positions with byte offsets.
///
/// Events arrive almost in order, so a cursor that walks forward from the last answer makes
/// the whole pass linear in the file's size.
struct PositionMapper {
    private let source: SourceText
    private let baseOffset: Int
    private var cursorIndex = 0
    private var cursorOffset: Int
    /// Whether every byte libyaml reads is ASCII, so a character index is a byte offset and needs no walk.
    private let isASCII: Bool

    init(source: SourceText, baseOffset: Int) {
        self.source = source
        self.baseOffset = baseOffset
        self.cursorOffset = baseOffset
        isASCII = source.bytes.withUnsafeBufferPointer { buffer in
            // OR-ing every byte, without an early exit, lets the compiler vectorise the loop.
            var combined: UInt8 = 0
            for byte in buffer[min(baseOffset, buffer.count)...] { combined |= byte }
            return combined < 0x80
        }
    }

    /// The position of a libyaml mark (0-based character index, line and column).
    mutating func position(index: Int, line: Int, column: Int) -> SourcePosition {
        if isASCII {
            return SourcePosition(line: line + 1, column: column + 1, offset: min(baseOffset + index, source.bytes.count))
        }
        let bytes = source.bytes
        // A mark can lie before the last one (a block mapping starts at its first key, read before the key
        // was known to be one): step back over whole scalars rather than walking again from the start.
        while cursorIndex > index, cursorOffset > baseOffset {
            cursorOffset -= 1
            while cursorOffset > baseOffset, bytes[cursorOffset] & 0xC0 == 0x80 { cursorOffset -= 1 }
            cursorIndex -= 1
        }
        while cursorIndex < index, cursorOffset < bytes.count {
            cursorOffset += SourceText.scalarLength(leadByte: bytes[cursorOffset])
            cursorIndex += 1
        }
        return SourcePosition(line: line + 1, column: column + 1, offset: min(cursorOffset, bytes.count))
    }

    /// The position of a byte offset in the input given to libyaml.
    func position(byteOffset: Int) -> SourcePosition {
        source.position(ofOffset: byteOffset + baseOffset)
    }

    /// The position itself, or the end of the file's last line when libyaml points past the content.
    func clampedToContent(_ position: SourcePosition) -> SourcePosition {
        guard position.line > source.lineCount || position.offset >= source.bytes.count else { return position }
        var end = source.bytes.count
        while end > 0, source.bytes[end - 1] == 0x0A || source.bytes[end - 1] == 0x0D { end -= 1 }
        return source.position(ofOffset: end)
    }
}
