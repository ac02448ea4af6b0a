/// The UTF-8 length of a scalar.
enum SourceTextLength {
    /// Bytes in the UTF-8 form of `scalar`.
    static func of(_ scalar: Unicode.Scalar) -> Int { UTF8.width(scalar) }
}
