/// One instruction of a compiled pattern in the flat form the Pike VM runs: plain values only,
/// so the matching loop reads it without reference counting.
///
/// A class keeps its ASCII members as a 128-bit map (case folding already applied), so only
/// scalars outside ASCII consult the `ScalarSet` itself.
struct PatternStep: Sendable {
    /// What the instruction does.
    enum Operation: UInt8, Sendable {
        /// Consume one scalar equal to `first`.
        case scalar
        /// Consume one scalar in the class at index `first`.
        case set
        /// Consume any one scalar.
        case any
        /// Continue at `first` and at `second`, preferring `first`.
        case split
        /// Continue at `first`.
        case jump
        /// Continue only at the start of the window.
        case assertStart
        /// Continue only at the end of the window.
        case assertEnd
        /// Continue only between a word scalar and a non-word scalar (or an edge).
        case assertWordBoundary
        /// Continue only where `assertWordBoundary` would not.
        case assertNotWordBoundary
        /// The pattern has matched.
        case match
    }

    /// The operation.
    let operation: Operation
    /// The scalar value (`scalar`), the class index (`set`), the preferred or only target (`split`, `jump`).
    let first: Int32
    /// The other target of a `split`.
    let second: Int32
    /// ASCII members 0–63 of a class.
    let lowASCII: UInt64
    /// ASCII members 64–127 of a class.
    let highASCII: UInt64

    private init(_ operation: Operation, first: Int32 = 0, second: Int32 = 0, lowASCII: UInt64 = 0, highASCII: UInt64 = 0) {
        self.operation = operation
        self.first = first
        self.second = second
        self.lowASCII = lowASCII
        self.highASCII = highASCII
    }

    /// Consume `scalar`.
    static func scalar(_ scalar: Unicode.Scalar) -> PatternStep { PatternStep(.scalar, first: Int32(bitPattern: scalar.value)) }

    /// Consume a scalar in `set`, which the program keeps at `index`.
    static func set(_ set: ScalarSet, index: Int, ignoreCase: Bool) -> PatternStep {
        let (low, high) = set.asciiMembers(ignoreCase: ignoreCase)
        return PatternStep(.set, first: Int32(index), lowASCII: low, highASCII: high)
    }

    /// Consume any scalar.
    static let any = PatternStep(.any)

    /// The pattern has matched.
    static let match = PatternStep(.match)

    /// Continue at both targets, preferring the first.
    static func split(preferring preferred: Int, other: Int) -> PatternStep {
        PatternStep(.split, first: Int32(preferred), second: Int32(other))
    }

    /// Continue at `target`.
    static func jump(to target: Int) -> PatternStep { PatternStep(.jump, first: Int32(target)) }

    /// Continue only where `assertion` holds.
    static func assertion(_ assertion: PatternAssertion) -> PatternStep {
        switch assertion {
        case .start: return PatternStep(.assertStart)
        case .end: return PatternStep(.assertEnd)
        case .wordBoundary: return PatternStep(.assertWordBoundary)
        case .notWordBoundary: return PatternStep(.assertNotWordBoundary)
        }
    }

    /// The same step `offset` places further along a program: jump and split targets move with it.
    func moved(by offset: Int32) -> PatternStep {
        switch operation {
        case .split: return PatternStep(.split, first: first + offset, second: second + offset)
        case .jump: return PatternStep(.jump, first: first + offset)
        case .scalar, .set, .any, .assertStart, .assertEnd, .assertWordBoundary, .assertNotWordBoundary, .match: return self
        }
    }

    /// Whether an ASCII `value` (below 128) is in the class.
    @inline(__always)
    func containsASCII(_ value: UInt32) -> Bool {
        value < 64 ? (lowASCII >> UInt64(value)) & 1 == 1 : (highASCII >> UInt64(value - 64)) & 1 == 1
    }
}
