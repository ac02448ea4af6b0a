/// The kinds of lexical tokens.
enum TokenKind: Sendable, Equatable {
    /// An integer literal's magnitude (may be 2^63, valid only when negated).
    case integer(UInt64)
    /// An unsigned integer literal (`1u`).
    case unsignedInteger(UInt64)
    /// A floating point literal.
    case double(Double)
    /// A string literal's decoded value.
    case string(String)
    /// A bytes literal's decoded value.
    case bytes([UInt8])
    /// An identifier or keyword.
    case identifier(String)
    /// An operator or punctuation mark such as `(` or `==`.
    case punctuation(String)
    /// The end of the source.
    case endOfInput
}
