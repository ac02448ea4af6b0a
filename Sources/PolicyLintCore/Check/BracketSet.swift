/// One bracket expression of a glob (`[abc]`, `[a-z]`, `[!_]`), read from the `[` that opens it.
struct BracketSet {
    /// The index just past the closing `]`.
    let end: Int
    /// Whether the set is negated (`[!…]` or `[^…]`).
    private let negated: Bool
    /// The scalars and ranges it names.
    private let ranges: [ClosedRange<UInt32>]
    /// The first range written high to low (`z-a`), if any.
    let backwardsRange: String?

    /// Reads the set opening at `start`, or nil when it is never closed. A `]` right after the opening (or after `!`)
    /// is a member, as in shells; `-` first or last is a member too.
    init?(_ pattern: [Unicode.Scalar], at start: Int) {
        var index = start + 1
        var negated = false
        if index < pattern.count, pattern[index] == "!" || pattern[index] == "^" {
            negated = true
            index += 1
        }
        let first = index
        var ranges: [ClosedRange<UInt32>] = []
        var backwards: String?
        while index < pattern.count, pattern[index] != "]" || index == first {
            let low = pattern[index]
            if index + 2 < pattern.count, pattern[index + 1] == "-", pattern[index + 2] != "]" {
                let high = pattern[index + 2]
                if low.value <= high.value {
                    ranges.append(low.value...high.value)
                } else if backwards == nil {
                    backwards = "\(low)-\(high)"
                }
                index += 3
            } else {
                ranges.append(low.value...low.value)
                index += 1
            }
        }
        guard index < pattern.count else { return nil }
        self.end = index + 1
        self.negated = negated
        self.ranges = ranges
        self.backwardsRange = backwards
    }

    /// Whether `scalar` is in the set (a path separator never is).
    func matches(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar != "/" else { return false }
        return ranges.contains { $0.contains(scalar.value) } != negated
    }
}
