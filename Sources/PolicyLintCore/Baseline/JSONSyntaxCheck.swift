/// Finds the first place a text breaks JSON's grammar (RFC 8259) and says what is wrong in JSON's terms, for files
/// that are JSON (a baseline) but are read by the YAML parser, whose messages speak of YAML.
///
/// It reads without recursion, so no nesting, however deep, can exhaust the stack.
struct JSONSyntaxCheck {
    /// Where the text breaks the grammar and how.
    struct Problem: Equatable {
        /// The byte offset of the first byte at fault (the end of the text when it ends early).
        let offset: Int
        /// The byte length at fault: a character, or 0 at the end of the text.
        let length: Int
        /// What is wrong, as one clause.
        let message: String
    }

    /// What may come next.
    private enum Expectation {
        case value, valueOrClose, memberName, memberNameOrClose, colon, commaOrClose, end
    }

    private let bytes: [UInt8]
    private var index = 0

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The first problem in `bytes`, or nil when they are one JSON value (a byte-order mark before it is allowed).
    static func firstProblem(in bytes: [UInt8]) -> Problem? {
        var check = JSONSyntaxCheck(bytes)
        return check.run()
    }

    private mutating func run() -> Problem? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        var open: [UInt8] = []
        var expectation = Expectation.value
        while true {
            skipWhiteSpace()
            guard index < bytes.count else {
                if expectation == .end { return nil }
                // Just after the last character, where the text should have gone on, rather than on a blank last line.
                let end = (bytes.lastIndex { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } ?? -1) + 1
                return Problem(offset: end, length: 0, message: "the JSON ends early, \(Self.wanted(expectation, in: open.last))")
            }
            let byte = bytes[index]
            if (index == 0 || bytes[index - 1] == 0x0A), bytes[index...].starts(with: Array("<<<<<<<".utf8)) {
                return problem("a merge conflict marker ('<<<<<<<'): resolve the conflict, or rewrite the baseline")
            }
            var valueEnded = false
            switch expectation {
            case .value, .valueOrClose:
                if byte == UInt8(ascii: "]"), expectation == .valueOrClose || open.last == UInt8(ascii: "[") {
                    if expectation == .value { return problem("a comma before ']', which JSON does not allow") }
                    open.removeLast()
                    index += 1
                    valueEnded = true
                } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                    open.append(byte)
                    index += 1
                    expectation = byte == UInt8(ascii: "{") ? .memberNameOrClose : .valueOrClose
                } else if let failure = scalar() {
                    return failure
                } else {
                    valueEnded = true
                }
            case .memberName, .memberNameOrClose:
                if byte == UInt8(ascii: "}") {
                    if expectation == .memberName { return problem("a comma before '}', which JSON does not allow") }
                    open.removeLast()
                    index += 1
                    valueEnded = true
                } else if byte == UInt8(ascii: "\"") {
                    if let failure = string() { return failure }
                    expectation = .colon
                } else {
                    return problem("expected a member name in double quotes, found \(found())")
                }
            case .colon:
                guard byte == UInt8(ascii: ":") else { return problem("expected ':' after the member name, found \(found())") }
                index += 1
                expectation = .value
            case .commaOrClose:
                let closer = open.last == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if byte == UInt8(ascii: ",") {
                    index += 1
                    expectation = open.last == UInt8(ascii: "{") ? .memberName : .value
                } else if byte == closer {
                    open.removeLast()
                    index += 1
                    valueEnded = true
                } else {
                    return problem("\(Self.wanted(expectation, in: open.last)), found \(found())")
                }
            case .end:
                return problem("\(found()) after the end of the JSON value")
            }
            if valueEnded { expectation = open.isEmpty ? .end : .commaOrClose }
        }
    }

    /// What `expectation` asks for, in words.
    private static func wanted(_ expectation: Expectation, in container: UInt8?) -> String {
        switch expectation {
        case .value, .valueOrClose: return "expected a value (a string, number, object, array, true, false or null)"
        case .memberName, .memberNameOrClose: return "expected a member name in double quotes"
        case .colon: return "expected ':' after the member name"
        case .commaOrClose:
            return container == UInt8(ascii: "{") ? "expected ',' or '}' after an object member" : "expected ',' or ']' after an array element"
        case .end: return "expected nothing more"
        }
    }

    /// Reads a string, number, `true`, `false` or `null`; nil when it is well formed.
    private mutating func scalar() -> Problem? {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") { return string() }
        if byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { return number() }
        for word in ["true", "false", "null"] where bytes[index...].starts(with: Array(word.utf8)) {
            let end = index + word.utf8.count
            if end == bytes.count || !Self.isWordByte(bytes[end]) {
                index = end
                return nil
            }
        }
        if byte == UInt8(ascii: "'") { return problem("a string in single quotes; JSON strings take double quotes") }
        return problem("\(Self.wanted(.value, in: nil)), found \(found())")
    }

    /// Reads a string from its opening quote.
    private mutating func string() -> Problem? {
        let start = index
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return nil
            }
            if byte < 0x20 {
                return byte == 0x0A ? problem("a string runs past the end of its line; close it with '\"' or write a line break as \\n")
                    : problem("a control character in a string, which JSON requires to be escaped")
            }
            if byte == UInt8(ascii: "\\") {
                guard index + 1 < bytes.count else { break }
                let escaped = bytes[index + 1]
                if escaped == UInt8(ascii: "u") {
                    let digits = bytes[(index + 2)..<min(index + 6, bytes.count)]
                    guard digits.count == 4, digits.allSatisfy(Self.isHexDigit) else {
                        return problem("a \\u escape needs four hexadecimal digits")
                    }
                    index += 6
                    continue
                }
                guard Array("\"\\/bfnrt".utf8).contains(escaped) else { return problem("an escape JSON does not have: \\\(found(at: index + 1).dropFirst().dropLast())") }
                index += 2
                continue
            }
            index += 1
        }
        return Problem(offset: start, length: 1, message: "a string that is never closed")
    }

    /// Reads a number: an optional minus, digits without a leading zero, an optional fraction and exponent.
    private mutating func number() -> Problem? {
        let start = index
        func digits() -> Int {
            let first = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - first
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let leadingZero = index < bytes.count && bytes[index] == UInt8(ascii: "0")
        var valid = digits() > 0 && !(leadingZero && index - start > (bytes[start] == UInt8(ascii: "-") ? 2 : 1))
        if valid, index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            valid = digits() > 0
        }
        if valid, index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            valid = digits() > 0
        }
        if valid, index < bytes.count, Self.isWordByte(bytes[index]) { valid = false }
        guard valid else {
            index = start
            return problem("a malformed number")
        }
        return nil
    }

    /// The problem at the current byte.
    private func problem(_ message: String) -> Problem {
        Problem(offset: index, length: index < bytes.count ? Self.scalarLength(bytes[index]) : 0, message: message)
    }

    /// The character at `offset` (the current one by default), quoted, or a word for one that cannot be shown.
    private func found(at offset: Int? = nil) -> String {
        let at = offset ?? index
        guard at < bytes.count else { return "the end of the file" }
        let character = String(decoding: bytes[at..<min(at + Self.scalarLength(bytes[at]), bytes.count)], as: UTF8.self)
        if bytes[at] == 0x0A || bytes[at] == 0x0D { return "the end of the line" }
        if bytes[at] < 0x20 || bytes[at] == 0x7F { return "a control character" }
        return "'\(character)'"
    }

    private mutating func skipWhiteSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }

    /// Whether `byte` would continue a word or number (a letter, digit, `.`, `_` or any non-ASCII byte).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// The byte length of the UTF-8 sequence `lead` starts (1 for a byte that starts none).
    private static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...0xF7: return 4
        case 0xE0...0xEF: return 3
        case 0xC0...0xDF: return 2
        default: return 1
        }
    }
}
