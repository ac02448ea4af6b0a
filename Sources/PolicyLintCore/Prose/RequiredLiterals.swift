/// Literal strings of which every match of a pattern must contain at least one, used to skip text cheaply.
///
/// Derived from the parsed pattern: runs of literal scalars in a sequence, the union over
/// alternatives, and the inside of repetitions that must happen at least once. Only sets whose
/// shortest literal has at least `minimumLength` scalars are kept, so the filter is selective.
enum RequiredLiterals {
    /// The shortest literal worth filtering on.
    static let minimumLength = 3

    /// The literals (as scalar arrays), or nil when the pattern gives no useful filter.
    static func of(_ node: PatternNode) -> [[Unicode.Scalar]]? {
        guard let found = required(node), let shortest = found.map(\.count).min(), shortest >= minimumLength else { return nil }
        return minimal(found)
    }

    /// Sets of literals such that every match contains a literal of *each* set, `best` (what `of(_:)` gave) first,
    /// keeping only sets whose shortest literal has at least `minimumLength` scalars; empty when there are none.
    ///
    /// Each run of literal scalars in a sequence, each item of a sequence and the inside of a repetition that must
    /// happen at least once contribute their own sets; an alternation contributes the union `of(_:)` finds for it.
    static func all(_ node: PatternNode, best: [[Unicode.Scalar]]?) -> [[[Unicode.Scalar]]] {
        guard let best else { return [] }
        var sets = [best]
        for set in conjunction(node).map(minimal) where !sets.contains(set) {
            guard let shortest = set.map(\.count).min(), shortest >= minimumLength else { continue }
            sets.append(set)
        }
        return sets
    }

    /// `literals` without repeats, and (for sets small enough to compare pairwise) without any literal that contains
    /// another: text holding the longer one holds the shorter, so the set still says the same and the filter does less.
    static func minimal(_ literals: [[Unicode.Scalar]]) -> [[Unicode.Scalar]] {
        var seen = Set<[UInt32]>()
        let unique = literals.filter { seen.insert($0.map(\.value)).inserted }
        guard unique.count <= 64 else { return unique }
        return unique.filter { literal in
            !unique.contains { other in other.count < literal.count && contains(literal, other) }
        }
    }

    /// Whether `other` occurs in `literal`.
    private static func contains(_ literal: [Unicode.Scalar], _ other: [Unicode.Scalar]) -> Bool {
        guard !other.isEmpty, other.count <= literal.count else { return other.isEmpty }
        return (0...(literal.count - other.count)).contains { start in literal[start..<(start + other.count)].elementsEqual(other) }
    }

    private static func conjunction(_ node: PatternNode) -> [[[Unicode.Scalar]]] {
        switch node {
        case .scalar(let scalar): return [[[scalar]]]
        case .alternation: return required(node).map { [$0] } ?? []
        case .repetition(let inner, let low, _, _): return low >= 1 ? conjunction(inner) : []
        case .concat(let items):
            var sets: [[[Unicode.Scalar]]] = []
            var run: [Unicode.Scalar] = []
            for item in items {
                if case .scalar(let scalar) = item {
                    run.append(scalar)
                    continue
                }
                if !run.isEmpty { sets.append([run]) }
                run = []
                sets += conjunction(item)
            }
            if !run.isEmpty { sets.append([run]) }
            return sets
        case .empty, .set, .any, .whitespaceRun, .assertion:
            return []
        }
    }

    private static func required(_ node: PatternNode) -> [[Unicode.Scalar]]? {
        switch node {
        case .scalar(let scalar): return [[scalar]]
        case .alternation(let branches):
            var union: [[Unicode.Scalar]] = []
            for branch in branches {
                guard let inner = required(branch) else { return nil }
                union += inner
            }
            return union
        case .repetition(let inner, let low, _, _): return low >= 1 ? required(inner) : nil
        case .concat(let items):
            // The candidate whose shortest literal is longest wins; the first such candidate on a tie.
            var best: [[Unicode.Scalar]]?
            var bestShortest = 0
            var run: [Unicode.Scalar] = []
            for item in items {
                if case .scalar(let scalar) = item {
                    run.append(scalar)
                    continue
                }
                if !run.isEmpty, best == nil || run.count > bestShortest {
                    best = [run]
                    bestShortest = run.count
                }
                run.removeAll(keepingCapacity: true)
                if let candidate = required(item), let shortest = Self.shortest(candidate), best == nil || shortest > bestShortest {
                    best = candidate
                    bestShortest = shortest
                }
            }
            if !run.isEmpty, best == nil || run.count > bestShortest { best = [run] }
            return best
        case .empty, .set, .any, .whitespaceRun, .assertion:
            return nil
        }
    }

    /// The length of the shortest literal, or nil when there are none.
    private static func shortest(_ literals: [[Unicode.Scalar]]) -> Int? {
        var result: Int?
        for literal in literals where result == nil || literal.count < result ?? 0 { result = literal.count }
        return result
    }

    /// Whether `text[range]` contains any of `literals`.
    static func any(_ literals: [[Unicode.Scalar]], in text: [Unicode.Scalar], range: Range<Int>) -> Bool {
        for literal in literals {
            guard let first = literal.first, literal.count <= range.count else { continue }
            var index = range.lowerBound
            let last = range.upperBound - literal.count
            while index <= last {
                if text[index] == first {
                    var offset = 1
                    while offset < literal.count, text[index + offset] == literal[offset] { offset += 1 }
                    if offset == literal.count { return true }
                }
                index += 1
            }
        }
        return false
    }
}
