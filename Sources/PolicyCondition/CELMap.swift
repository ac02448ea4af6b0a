/// An insertion-ordered map keyed by CELValue (string/int/uint/bool keys).
///
/// Equality and hashing ignore insertion order. Lookups treat numerically equal
/// int, uint and integral double keys as the same key, as CEL does.
public struct CELMap: Sendable, Equatable, Hashable {
    /// The entries in insertion order.
    public private(set) var entries: [(key: CELValue, value: CELValue)]
    private var positionByKey: [CELValue: Int]

    /// Creates a map from entries in order; a later duplicate key replaces the earlier value in place.
    public init(_ entries: [(CELValue, CELValue)]) {
        self.entries = []
        self.positionByKey = [:]
        self.entries.reserveCapacity(entries.count)
        for (key, value) in entries {
            if let position = positionByKey[key] {
                self.entries[position].value = value
            } else {
                positionByKey[key] = self.entries.count
                self.entries.append((key: key, value: value))
            }
        }
    }

    /// The number of entries.
    public var count: Int { entries.count }

    /// The keys in insertion order.
    public var keys: [CELValue] { entries.map(\.key) }

    /// The value for `key`, or nil when absent (numeric keys match across int/uint/double).
    public subscript(key: CELValue) -> CELValue? {
        guard let position = position(of: key) else { return nil }
        return entries[position].value
    }

    /// Whether the map has an entry for `key` (numeric keys match across int/uint/double).
    public func containsKey(_ key: CELValue) -> Bool { position(of: key) != nil }

    private func position(of key: CELValue) -> Int? {
        if let position = positionByKey[key] { return position }
        for alternative in Self.numericAlternatives(of: key) {
            if let position = positionByKey[alternative] { return position }
        }
        return nil
    }

    private static func numericAlternatives(of key: CELValue) -> [CELValue] {
        switch key {
        case .int(let value):
            return value >= 0 ? [.uint(UInt64(value))] : []
        case .uint(let value):
            return value <= UInt64(Int64.max) ? [.int(Int64(value))] : []
        case .double(let value):
            var result: [CELValue] = []
            if let exact = Int64(exactly: value) { result.append(.int(exact)) }
            if let exact = UInt64(exactly: value) { result.append(.uint(exact)) }
            return result
        default:
            return []
        }
    }

    /// Order-insensitive structural equality.
    public static func == (lhs: CELMap, rhs: CELMap) -> Bool {
        guard lhs.entries.count == rhs.entries.count else { return false }
        for (key, value) in lhs.entries {
            guard let position = rhs.positionByKey[key], rhs.entries[position].value == value else { return false }
        }
        return true
    }

    /// Order-insensitive hashing consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        var combined = 0
        for (key, value) in entries {
            var entryHasher = Hasher()
            entryHasher.combine(key)
            entryHasher.combine(value)
            combined ^= entryHasher.finalize()
        }
        hasher.combine(entries.count)
        hasher.combine(combined)
    }
}
