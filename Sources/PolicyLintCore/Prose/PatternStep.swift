/// One instruction of a compiled pattern in the flat form the Pike VM runs: plain values only,
/// so the matching loop reads it without reference counting.
///
/// A class keeps its ASCII members as a 128-bit map (case folding already applied), so only
/// scalars outside ASCII consult the `ScalarSet` itself.
struct PatternStep: Sendable {
    /// What the instruction does.
    enum Operation: UInt8, Sendable {
        case scalar, set, any, split, jump, assertStart, assertEnd, assertWordBoundary, assertNotWordBoundary, match
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

    /// The flat form of `instruction`; a class is stored at `sets[setIndex]` by the caller.
    init(_ instruction: PatternInstruction, setIndex: Int, ignoreCase: Bool) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        switch instruction {
        case .scalar(let scalar):
            (operation, first, second) = (.scalar, Int32(bitPattern: scalar.value), 0)
        case .set(let set):
            (operation, first, second) = (.set, Int32(setIndex), 0)
            (low, high) = set.asciiMembers(ignoreCase: ignoreCase)
        case .any:
            (operation, first, second) = (.any, 0, 0)
        case .split(let preferred, let other):
            (operation, first, second) = (.split, Int32(preferred), Int32(other))
        case .jump(let target):
            (operation, first, second) = (.jump, Int32(target), 0)
        case .assert(let assertion):
            switch assertion {
            case .start: operation = .assertStart
            case .end: operation = .assertEnd
            case .wordBoundary: operation = .assertWordBoundary
            case .notWordBoundary: operation = .assertNotWordBoundary
            }
            (first, second) = (0, 0)
        case .match:
            (operation, first, second) = (.match, 0, 0)
        }
        lowASCII = low
        highASCII = high
    }

    /// Whether an ASCII `value` (below 128) is in the class.
    @inline(__always)
    func containsASCII(_ value: UInt32) -> Bool {
        value < 64 ? (lowASCII >> UInt64(value)) & 1 == 1 : (highASCII >> UInt64(value - 64)) & 1 == 1
    }
}
