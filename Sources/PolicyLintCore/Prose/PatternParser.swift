/// Parses the pattern subset of text rules into a `PatternNode`.
///
/// The subset: literals; `.`; classes `[a-z]`, `[^...]`; escapes `\d \D \w \W \s \S` and
/// escaped punctuation; groups `( )` and `(?: )`; alternation `|`; quantifiers `* + ?` and
/// `{m}`, `{m,}`, `{m,n}` (bounds up to `maxBound`), each optionally lazy with a trailing `?`;
/// anchors `^ $` (start and end of the sentence searched); `\b`, `\B`; a leading `(?i)` or
/// `(?-i)` sets case. A literal space matches any run of white space. Backreferences and
/// look-around are not in the subset: they are what makes backtracking engines exponential.
struct PatternParser {
    /// The largest bound a counted repetition may name.
    static let maxBound = 100
    /// The deepest group nesting accepted.
    static let maxDepth = 32
    /// The longest pattern accepted, in Unicode scalars.
    static let maxLength = 2_000

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var depth = 0
    private(set) var ignoreCase: Bool

    /// Prepares to parse `source`, ignoring case unless `(?-i)` says otherwise.
    init(_ source: String, ignoreCase: Bool) {
        self.scalars = Array(source.unicodeScalars)
        self.ignoreCase = ignoreCase
    }

    /// The parsed pattern.
    mutating func parse() throws(PatternSyntaxError) -> PatternNode {
        guard scalars.count <= Self.maxLength else {
            throw PatternSyntaxError(message: "the pattern is longer than \(Self.maxLength) characters", offset: Self.maxLength, length: 1)
        }
        if startsWith("(?i)") {
            ignoreCase = true
            index = 4
        } else if startsWith("(?-i)") {
            ignoreCase = false
            index = 5
        }
        let node = try parseAlternation()
        if index < scalars.count {
            throw PatternSyntaxError(message: "')' closes a group that was never opened (write '\\)' for a literal bracket)", offset: index)
        }
        return node
    }

    private func startsWith(_ text: String) -> Bool {
        let wanted = Array(text.unicodeScalars)
        return scalars.count >= wanted.count && Array(scalars[0..<wanted.count]) == wanted
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func parseAlternation() throws(PatternSyntaxError) -> PatternNode {
        var branches = [try parseConcat()]
        while current == "|" {
            index += 1
            branches.append(try parseConcat())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseConcat() throws(PatternSyntaxError) -> PatternNode {
        var items: [PatternNode] = []
        while let scalar = current, scalar != "|", scalar != ")" {
            let start = index
            let atom = try parseAtom()
            items.append(try parseQuantifiers(atom, atomStart: start))
        }
        if items.isEmpty { return .empty }
        return items.count == 1 ? items[0] : .concat(items)
    }

    private mutating func parseQuantifiers(_ atom: PatternNode, atomStart: Int) throws(PatternSyntaxError) -> PatternNode {
        var node = atom
        while let scalar = current {
            let quantifierStart = index
            var low = 0
            var high: Int?
            switch scalar {
            case "*": low = 0; high = nil; index += 1
            case "+": low = 1; high = nil; index += 1
            case "?": low = 0; high = 1; index += 1
            case "{":
                guard let bounds = try parseBounds() else { return node }
                (low, high) = bounds
            default:
                return node
            }
            if case .assertion = node {
                throw PatternSyntaxError(message: "an anchor or \\b cannot be repeated", offset: quantifierStart)
            }
            if case .repetition = node {
                throw PatternSyntaxError(message: "a repetition cannot be repeated directly; put it in a group first",
                                         offset: quantifierStart)
            }
            var greedy = true
            if current == "?" {
                greedy = false
                index += 1
            }
            node = .repetition(node, min: low, max: high, greedy: greedy)
            _ = atomStart
        }
        return node
    }

    /// Parses `{m}`, `{m,}` or `{m,n}` at the cursor; a `{` that does not start bounds is a literal (nil).
    private mutating func parseBounds() throws(PatternSyntaxError) -> (Int, Int?)? {
        let start = index
        var cursor = index + 1
        func number() -> Int? {
            var digits = ""
            while cursor < scalars.count, ScalarFolding.isDigit(scalars[cursor]), digits.count < 6 {
                digits.unicodeScalars.append(scalars[cursor])
                cursor += 1
            }
            return Int(digits)
        }
        guard let low = number() else { return nil }
        var high: Int? = low
        if cursor < scalars.count, scalars[cursor] == "," {
            cursor += 1
            high = number()
        }
        guard cursor < scalars.count, scalars[cursor] == "}" else { return nil }
        let length = cursor - start + 1
        if let high, high < low {
            throw PatternSyntaxError(message: "in {\(low),\(high)} the upper bound is below the lower bound", offset: start, length: length)
        }
        if low > Self.maxBound || (high ?? 0) > Self.maxBound {
            throw PatternSyntaxError(message: "repetition bounds may be at most \(Self.maxBound), to keep matching fast",
                                     offset: start, length: length)
        }
        index = cursor + 1
        return (low, high)
    }

    private mutating func parseAtom() throws(PatternSyntaxError) -> PatternNode {
        guard let scalar = current else { return .empty }
        let start = index
        switch scalar {
        case "(":
            index += 1
            if current == "?" {
                guard index + 1 < scalars.count, scalars[index + 1] == ":" else {
                    throw PatternSyntaxError(message: "only '(?:' groups and a leading '(?i)' are supported; look-around is not, as it cannot be matched in linear time",
                                             offset: start, length: 2)
                }
                index += 2
            }
            depth += 1
            if depth > Self.maxDepth {
                throw PatternSyntaxError(message: "groups are nested more than \(Self.maxDepth) deep", offset: start)
            }
            let inner = try parseAlternation()
            guard current == ")" else {
                throw PatternSyntaxError(message: "'(' opens a group that is never closed", offset: start)
            }
            index += 1
            depth -= 1
            if case .repetition = inner { return .concat([inner]) }
            return inner
        case "[":
            return .set(try parseClass())
        case ".":
            index += 1
            return .any
        case "^":
            index += 1
            return .assertion(.start)
        case "$":
            index += 1
            return .assertion(.end)
        case " ":
            index += 1
            return .whitespaceRun
        case "*", "+", "?":
            throw PatternSyntaxError(message: "'\(scalar)' has nothing before it to repeat (write '\\\(scalar)' for the character)", offset: start)
        case "\\":
            return try parseEscape(inClass: false)
        default:
            index += 1
            return .scalar(fold(scalar))
        }
    }

    private func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ignoreCase ? ScalarFolding.lower(scalar) : scalar
    }

    private mutating func parseEscape(inClass: Bool) throws(PatternSyntaxError) -> PatternNode {
        let start = index
        index += 1
        guard let scalar = current else {
            throw PatternSyntaxError(message: "the pattern ends with a lone '\\'", offset: start)
        }
        index += 1
        switch scalar {
        case "d": return .set(ScalarSet(items: [.digit], negated: false))
        case "D": return .set(ScalarSet(items: [.notDigit], negated: false))
        case "w": return .set(ScalarSet(items: [.word], negated: false))
        case "W": return .set(ScalarSet(items: [.notWord], negated: false))
        case "s": return .set(ScalarSet(items: [.space], negated: false))
        case "S": return .set(ScalarSet(items: [.notSpace], negated: false))
        case "b" where !inClass: return .assertion(.wordBoundary)
        case "B" where !inClass: return .assertion(.notWordBoundary)
        case "n": return .scalar("\n")
        case "t": return .scalar("\t")
        default:
            if ScalarFolding.isWord(scalar) {
                throw PatternSyntaxError(message: "'\\\(scalar)' is not in the pattern subset (backreferences and other escapes are not supported)",
                                         offset: start, length: 2)
            }
            return .scalar(fold(scalar))
        }
    }

    private mutating func parseClass() throws(PatternSyntaxError) -> ScalarSet {
        let start = index
        index += 1
        var set = ScalarSet(items: [], negated: false)
        if current == "^" {
            set.negated = true
            index += 1
        }
        var first = true
        while true {
            guard let scalar = current else {
                throw PatternSyntaxError(message: "'[' opens a class that is never closed", offset: start)
            }
            if scalar == "]" && !first { index += 1; break }
            first = false
            let low: Unicode.Scalar
            if scalar == "\\" {
                let escape = try parseEscape(inClass: true)
                switch escape {
                case .set(let inner): set.items += inner.items; continue
                case .scalar(let literal): low = literal
                default: continue
                }
            } else {
                index += 1
                low = scalar
            }
            if current == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
                let dash = index
                index += 1
                guard var high = current else { break }
                if high == "\\" {
                    guard case .scalar(let literal) = try parseEscape(inClass: true) else {
                        throw PatternSyntaxError(message: "a class range must end with a character", offset: dash, length: 2)
                    }
                    high = literal
                } else {
                    index += 1
                }
                guard low.value <= high.value else {
                    throw PatternSyntaxError(message: "the class range \(low)-\(high) runs backwards", offset: dash - 1, length: 3)
                }
                set.items.append(.range(low.value, high.value))
            } else {
                set.items.append(.range(low.value, low.value))
            }
        }
        if ignoreCase {
            set.items = set.items.flatMap { item -> [ScalarSet.Item] in
                guard case .range(let low, let high) = item, high - low < 256 else { return [item] }
                var folded: [ScalarSet.Item] = [item]
                for value in low...high {
                    if let scalar = Unicode.Scalar(value) {
                        let lower = ScalarFolding.lower(scalar)
                        if lower != scalar { folded.append(.range(lower.value, lower.value)) }
                    }
                }
                return folded
            }
        }
        return set
    }
}
