/// The bytes of one source file with a table of line starts, for turning offsets into lines and excerpts.
///
/// Lines break where libyaml breaks them: at LF, CR, CRLF, NEL, LS and PS.
public struct SourceText: Sendable {
    /// The name shown in messages: a path, or `<stdin>`.
    public let name: String
    /// The file's bytes, exactly as read.
    public let bytes: [UInt8]
    /// Byte offsets where each line starts; the first is 0.
    public let lineStarts: [Int]
    /// For each line longer than `checkpointSpacing` bytes (by 0-based line index), the column at every multiple of
    /// `checkpointSpacing` bytes into the line, so a position on a very long line is found without counting from its start.
    private let checkpoints: [Int: [Int]]
    /// The encoding the text was saved in when it is UTF-16 or UTF-32 rather than UTF-8 (see `ForeignEncoding`),
    /// worked out once, since every excerpt asks.
    public let foreignEncoding: String?

    /// The bytes between column checkpoints on a long line.
    static let checkpointSpacing = 1024

    /// Reads the line table of `bytes`.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        let starts = bytes.withUnsafeBufferPointer(Self.lineStarts)
        self.lineStarts = starts
        self.checkpoints = bytes.withUnsafeBufferPointer { Self.checkpoints($0, lineStarts: starts) }
        self.foreignEncoding = ForeignEncoding.name(of: bytes)
    }

    /// The column checkpoints of the long lines of `bytes`.
    private static func checkpoints(_ bytes: UnsafeBufferPointer<UInt8>, lineStarts: [Int]) -> [Int: [Int]] {
        var table: [Int: [Int]] = [:]
        for (index, start) in lineStarts.enumerated() {
            let end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
            guard end - start > checkpointSpacing else { continue }
            var columns = [1]
            var column = 1
            var blockStart = start
            while blockStart + checkpointSpacing < end {
                column += leadBytes(bytes, blockStart..<(blockStart + checkpointSpacing))
                columns.append(column)
                blockStart += checkpointSpacing
            }
            table[index] = columns
        }
        return table
    }

    /// How many bytes in `range` start a scalar (all but UTF-8 continuation bytes), counted in one branch-free pass.
    private static func leadBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var leads = 0
        for index in range { leads &+= base[index] & 0xC0 == 0x80 ? 0 : 1 }
        return leads
    }

    /// Byte offsets where each line of `bytes` starts.
    private static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                starts.append(index + 1)
            } else if byte == 0x0D {
                if index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            } else if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0x85 {
                index += 1
                starts.append(index + 1)
            } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
                      bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                index += 2
                starts.append(index + 1)
            }
            index += 1
        }
        return starts
    }

    /// Creates a source from text.
    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// The number of lines (a trailing newline does not start a counted line).
    public var lineCount: Int {
        if let last = lineStarts.last, last == bytes.count, lineStarts.count > 1 { return lineStarts.count - 1 }
        return lineStarts.count
    }

    /// The text of a 1-based line without its line break; empty when out of range.
    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        while end > start, isBreakByte(bytes[end - 1]) { end -= 1 }
        if end >= start + 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0x85 { end -= 2 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The position of a byte offset, with the column counted in Unicode scalars.
    public func position(ofOffset offset: Int) -> SourcePosition {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        // Columns count scalars: the bytes that start one, counted from the line's start or, on a long line, from the
        // last checkpoint before the offset.
        var from = lineStarts[low]
        var column = 1
        if let columns = checkpoints[low] {
            let block = min((clamped - from) / Self.checkpointSpacing, columns.count - 1)
            column = columns[block]
            from += block * Self.checkpointSpacing
        }
        let start = from
        column += bytes.withUnsafeBufferPointer { Self.leadBytes($0, start..<max(start, clamped)) }
        return SourcePosition(line: low + 1, column: column, offset: clamped)
    }

    /// The byte offset of a 1-based line and column (in Unicode scalars), clamped to the line.
    public func offset(line: Int, column: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return bytes.count }
        var index = lineStarts[line - 1]
        let limit = line < lineStarts.count ? lineStarts[line] : bytes.count
        var remaining = column - 1
        while remaining > 0, index < limit {
            index += Self.scalarLength(leadByte: bytes[index])
            remaining -= 1
        }
        return min(index, bytes.count)
    }

    /// The text a span covers.
    public func text(of span: SourceSpan) -> String {
        let start = max(0, min(span.start.offset, bytes.count))
        let end = max(start, min(span.end.offset, bytes.count))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The byte length of the UTF-8 sequence that starts with `leadByte` (1 for stray bytes).
    static func scalarLength(leadByte: UInt8) -> Int {
        switch leadByte {
        case 0xF0...0xF7: return 4
        case 0xE0...0xEF: return 3
        case 0xC0...0xDF: return 2
        default: return 1
        }
    }

    private func isBreakByte(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
}
