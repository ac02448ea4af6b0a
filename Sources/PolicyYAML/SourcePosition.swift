/// A place in a source file: 1-based line and column (in Unicode scalars) and a 0-based byte offset.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based line number.
    public let line: Int
    /// The 1-based column, counted in Unicode scalars from the start of the line.
    public let column: Int
    /// The 0-based byte offset from the start of the file.
    public let offset: Int

    /// Creates a position from its parts.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The position of the first byte of a file.
    public static let start = SourcePosition(line: 1, column: 1, offset: 0)

    /// Orders positions by byte offset.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool { lhs.offset < rhs.offset }

    /// `line:column`, as editors and compilers print it.
    public var description: String { "\(line):\(column)" }
}
