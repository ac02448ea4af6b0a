/// Text kept from one line of a prose document, with the file byte offset of each kept scalar.
struct ProseLine {
    /// The kept scalars.
    var scalars: [Unicode.Scalar] = []
    /// The byte offset in the file of each kept scalar.
    var offsets: [Int] = []
    /// The byte offset just past the last kept scalar.
    var end: Int = 0

    /// Keeps one scalar found at `offset` of `length` bytes.
    mutating func keep(_ scalar: Unicode.Scalar, at offset: Int, length: Int) {
        scalars.append(scalar)
        offsets.append(offset)
        end = offset + length
    }
}
