extension String {
    /// The string with each line break replaced by `separator`.
    func replacingNewlines(with separator: String) -> String {
        split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: separator)
    }
}
