/// A character class of a pattern: ranges and class escapes, possibly negated.
struct ScalarSet: Sendable {
    /// One member of a class.
    enum Item: Sendable {
        case range(UInt32, UInt32)
        case digit, notDigit, word, notWord, space, notSpace
    }

    /// The members.
    var items: [Item]
    /// Whether the class matches scalars *not* in it.
    var negated: Bool

    /// Whether `scalar` is in the class; with `ignoreCase`, its upper-case form also counts.
    func contains(_ scalar: Unicode.Scalar, ignoreCase: Bool) -> Bool {
        var found = holds(scalar)
        if !found, ignoreCase, let upper = ScalarFolding.upper(scalar), upper != scalar { found = holds(upper) }
        return found != negated
    }

    private func holds(_ scalar: Unicode.Scalar) -> Bool {
        for item in items {
            switch item {
            case .range(let low, let high): if scalar.value >= low && scalar.value <= high { return true }
            case .digit: if ScalarFolding.isDigit(scalar) { return true }
            case .notDigit: if !ScalarFolding.isDigit(scalar) { return true }
            case .word: if ScalarFolding.isWord(scalar) { return true }
            case .notWord: if !ScalarFolding.isWord(scalar) { return true }
            case .space: if ScalarFolding.isSpace(scalar) { return true }
            case .notSpace: if !ScalarFolding.isSpace(scalar) { return true }
            }
        }
        return false
    }
}
