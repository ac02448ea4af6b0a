/// A piece of prose prepared for matching: its scalars, a normalised copy and a case-folded copy.
///
/// Normalising maps one scalar to one scalar, so an offset is the same in all three views:
/// line breaks, tabs and no-break spaces become spaces, curly quotes straight ones, and
/// Unicode hyphens `-`. A sentence that wraps across lines therefore matches like one line. HTML markup is blanked
/// first, in all three views, so prose pasted from a web page reads as its words.
public struct ProseText: Sendable {
    /// The scalars as written (HTML markup blanked).
    public let original: [Unicode.Scalar]
    /// The normalised scalars patterns see when they respect case.
    public let scalars: [Unicode.Scalar]
    /// The normalised scalars in lower case, for patterns that ignore case.
    public let folded: [Unicode.Scalar]

    /// Prepares `text`; HTML markup in it is blanked (`HTMLMarkup`), offsets kept.
    public init(_ text: String) {
        original = HTMLMarkup.blanked(Array(text.unicodeScalars))
        scalars = original.map(Self.normalise)
        folded = scalars.map(ScalarFolding.lower)
    }

    /// The number of scalars.
    public var count: Int { original.count }

    /// The original text of a range of scalar offsets.
    public func text(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, original.count))
        let upper = max(lower, min(range.upperBound, original.count))
        var result = ""
        result.unicodeScalars.append(contentsOf: original[lower..<upper])
        return result
    }

    /// The normalised text of a range, with runs of white space folded to one space.
    public func flatText(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        var result = ""
        var lastWasSpace = false
        for scalar in scalars[lower..<upper] {
            let isSpace = scalar == " "
            if isSpace && lastWasSpace { continue }
            result.unicodeScalars.append(scalar)
            lastWasSpace = isSpace
        }
        return result
    }

    static func normalise(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x0A, 0x0D, 0x09, 0x0B, 0x0C, 0x85, 0xA0, 0x2028, 0x2029, 0x202F, 0x2007: return " "
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x02BC, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: return "\""
        case 0x2010, 0x2011, 0x2012: return "-"
        default: return scalar
        }
    }
}
