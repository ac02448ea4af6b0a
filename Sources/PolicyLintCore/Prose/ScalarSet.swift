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

    /// The ASCII scalars `contains(_:ignoreCase:)` accepts, as bits 0–63 and 64–127.
    func asciiMembers(ignoreCase: Bool) -> (UInt64, UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for item in items {
            let (itemLow, itemHigh) = Self.asciiMembers(of: item)
            low |= itemLow
            high |= itemHigh
        }
        // With ignoreCase, a lower-case letter also counts when its upper-case form (32 below it) is held.
        let upperCaseLetters: UInt64 = 0x07FF_FFFE  // A–Z: 65–90, bits 1–26 of the high word
        if ignoreCase { high |= (high & upperCaseLetters) << 32 }
        return negated ? (~low, ~high) : (low, high)
    }

    /// The ASCII scalars one item holds.
    private static func asciiMembers(of item: Item) -> (UInt64, UInt64) {
        let digits: (UInt64, UInt64) = (0x03FF_0000_0000_0000, 0)
        let words: (UInt64, UInt64) = (0x03FF_0000_0000_0000, 0x07FF_FFFE_87FF_FFFE)
        let spaces: (UInt64, UInt64) = (0x0000_0001_0000_3E00, 0)
        switch item {
        case .range(let lowest, let highest):
            var low: UInt64 = 0
            var high: UInt64 = 0
            guard lowest < 128, lowest <= highest else { return (0, 0) }
            for value in lowest...min(highest, 127) {
                if value < 64 { low |= 1 << UInt64(value) } else { high |= 1 << UInt64(value - 64) }
            }
            return (low, high)
        case .digit: return digits
        case .notDigit: return (~digits.0, ~digits.1)
        case .word: return words
        case .notWord: return (~words.0, ~words.1)
        case .space: return spaces
        case .notSpace: return (~spaces.0, ~spaces.1)
        }
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
