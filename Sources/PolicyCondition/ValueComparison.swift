/// CEL equality and ordering, including heterogeneous numeric comparison across int, uint and double.
enum ValueComparison {
    /// Ordering of two values: -1, 0, 1; `.some(nil)` when unordered (NaN); nil when the types cannot be ordered.
    static func compare(_ left: CELValue, _ right: CELValue) -> Int?? {
        switch (left, right) {
        case (.int, _), (.uint, _), (.double, _):
            return compareNumbers(left, right)
        case (.string(let a), .string(let b)):
            return .some(orderSequences(a.unicodeScalars, b.unicodeScalars))
        case (.bool(let a), .bool(let b)):
            return .some(a == b ? 0 : (a ? 1 : -1))
        case (.bytes(let a), .bytes(let b)):
            return .some(orderSequences(a, b))
        case (.timestamp(let a), .timestamp(let b)):
            return .some(orderDoubles(a.timeIntervalSince1970, b.timeIntervalSince1970))
        case (.duration(let a), .duration(let b)):
            return .some(orderDoubles(a, b))
        default:
            return nil
        }
    }

    private static func orderSequences<S: Sequence>(_ a: S, _ b: S) -> Int? where S.Element: Comparable {
        a.lexicographicallyPrecedes(b) ? -1 : (b.lexicographicallyPrecedes(a) ? 1 : 0)
    }

    private static func orderDoubles(_ a: Double, _ b: Double) -> Int? {
        if a.isNaN || b.isNaN { return nil }
        return a < b ? -1 : (a > b ? 1 : 0)
    }

    /// Compares numbers of any numeric kinds exactly; nil when either is not a number.
    private static func compareNumbers(_ left: CELValue, _ right: CELValue) -> Int?? {
        switch (left, right) {
        case (.int(let a), .int(let b)): return .some(a < b ? -1 : (a > b ? 1 : 0))
        case (.uint(let a), .uint(let b)): return .some(a < b ? -1 : (a > b ? 1 : 0))
        case (.double(let a), .double(let b)): return .some(orderDoubles(a, b))
        case (.int(let a), .uint(let b)): return .some(compareIntToUInt(a, b))
        case (.uint(let a), .int(let b)): return .some(-compareIntToUInt(b, a))
        case (.int(let a), .double(let b)): return .some(compareIntToDouble(a, b))
        case (.double(let a), .int(let b)): return .some(compareIntToDouble(b, a).map { -$0 })
        case (.uint(let a), .double(let b)): return .some(compareUIntToDouble(a, b))
        case (.double(let a), .uint(let b)): return .some(compareUIntToDouble(b, a).map { -$0 })
        default: return nil
        }
    }

    private static func compareIntToUInt(_ a: Int64, _ b: UInt64) -> Int {
        if a < 0 { return -1 }
        let magnitude = UInt64(a)
        return magnitude < b ? -1 : (magnitude > b ? 1 : 0)
    }

    private static func compareIntToDouble(_ a: Int64, _ b: Double) -> Int? {
        if b.isNaN { return nil }
        if b >= 9_223_372_036_854_775_808.0 { return -1 }
        if b < -9_223_372_036_854_775_808.0 { return 1 }
        let whole = b.rounded(.towardZero)
        let wholeInteger = Int64(whole)
        if a != wholeInteger { return a < wholeInteger ? -1 : 1 }
        let fraction = b - whole
        return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0)
    }

    private static func compareUIntToDouble(_ a: UInt64, _ b: Double) -> Int? {
        if b.isNaN { return nil }
        if b >= 18_446_744_073_709_551_616.0 { return -1 }
        if b < 0 { return 1 }
        let whole = b.rounded(.towardZero)
        let wholeInteger = UInt64(whole)
        if a != wholeInteger { return a < wholeInteger ? -1 : 1 }
        return b > whole ? -1 : 0
    }

    /// CEL equality: numbers compare by value across kinds, collections element-wise, other kinds never equal.
    static func equals(_ left: CELValue, _ right: CELValue) -> Bool {
        switch (left, right) {
        case (.int, _), (.uint, _), (.double, _):
            if case .some(.some(let order)) = compareNumbers(left, right) { return order == 0 }
            return false
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { equals($0, $1) }
        case (.map(let a), .map(let b)):
            guard a.count == b.count else { return false }
            return a.entries.allSatisfy { entry in b[entry.key].map { equals(entry.value, $0) } ?? false }
        case (.timestamp(let a), .timestamp(let b)):
            return a.timeIntervalSince1970 == b.timeIntervalSince1970
        case (.string(let a), .string(let b)):
            return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        default:
            return left == right
        }
    }
}
