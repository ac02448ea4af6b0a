/// Finds a mapping's earlier key equal to a new one, to reject duplicate keys.
///
/// Most mappings have a handful of keys, where comparing with each earlier key is cheaper than hashing; a
/// mapping that grows past `hashingThreshold` keys switches to a dictionary, so a huge mapping stays linear.
struct KeyIndex {
    /// The number of keys up to which earlier keys are compared one by one.
    static let hashingThreshold = 12
    /// Each key's position among the pairs, once the mapping has grown past the threshold.
    private var positions: [ScalarValue: Int]?

    /// The span of the earlier key equal to `value`, if `pairs` (the mapping's pairs so far) has one.
    func firstSpan(of value: ScalarValue, in pairs: [YAMLPair]) -> SourceSpan? {
        if let positions {
            return positions[value].map { pairs[$0].key.span }
        }
        return pairs.first { $0.key.scalar?.value == value }?.key.span
    }

    /// Records the key `value` of the pair at `position`; `pairs` are the pairs before it.
    mutating func add(_ value: ScalarValue, at position: Int, in pairs: [YAMLPair]) {
        if positions != nil {
            positions?[value] = position
        } else if position >= Self.hashingThreshold {
            var table: [ScalarValue: Int] = [:]
            table.reserveCapacity(position * 2)
            for (index, pair) in pairs.enumerated() {
                if let key = pair.key.scalar?.value { table[key] = index }
            }
            table[value] = position
            positions = table
        }
    }
}
