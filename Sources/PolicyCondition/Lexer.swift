/// Splits CEL source text into tokens; offsets count Unicode scalars.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    /// Creates a lexer over the source's Unicode scalars.
    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private static let twoCharacterOperators: Set<String> = ["==", "!=", "<=", ">=", "&&", "||"]
    private static let oneCharacterOperators: Set<Unicode.Scalar> = [
        "(", ")", "[", "]", "{", "}", ".", ",", ":", "?", "+", "-", "*", "/", "%", "!", "<", ">",
    ]

    /// Reads the whole source, ending with an end-of-input token.
    mutating func tokenize() throws(SyntaxError) -> [Token] {
        var tokens: [Token] = []
        while true {
            skipWhitespaceAndComments()
            guard let scalar = peek() else {
                tokens.append(Token(kind: .endOfInput, span: SourceSpan(offset: position, length: 0)))
                return tokens
            }
            let start = position
            if Self.isDigit(scalar) {
                tokens.append(try readNumber())
            } else if Self.isIdentifierStart(scalar) {
                tokens.append(try readIdentifierOrPrefixedString())
            } else if scalar == "\"" || scalar == "'" {
                tokens.append(try readString(start: start, raw: false, bytes: false))
            } else if let next = peek(offset: 1), Self.twoCharacterOperators.contains(String(scalar) + String(next)) {
                position += 2
                tokens.append(Token(kind: .punctuation(String(scalar) + String(next)), span: SourceSpan(offset: start, length: 2)))
            } else if Self.oneCharacterOperators.contains(scalar) {
                position += 1
                tokens.append(Token(kind: .punctuation(String(scalar)), span: SourceSpan(offset: start, length: 1)))
            } else {
                let hint: String
                switch scalar {
                case "=": hint = " (did you mean '=='?)"
                case "&": hint = " (did you mean '&&'?)"
                case "|": hint = " (did you mean '||'?)"
                default: hint = ""
                }
                throw SyntaxError(message: "unexpected character '\(scalar)'\(hint)", span: SourceSpan(offset: start, length: 1))
            }
        }
    }

    private func peek(offset: Int = 0) -> Unicode.Scalar? {
        let index = position + offset
        return index < scalars.count ? scalars[index] : nil
    }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
    }

    private static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || ("0"..."9").contains(scalar)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 48
        case "a"..."f": return scalar.value - 87
        case "A"..."F": return scalar.value - 55
        default: return nil
        }
    }

    private mutating func skipWhitespaceAndComments() {
        while let scalar = peek() {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" {
                position += 1
            } else if scalar == "/" && peek(offset: 1) == "/" {
                while let next = peek(), next != "\n" { position += 1 }
            } else {
                return
            }
        }
    }

    private mutating func readNumber() throws(SyntaxError) -> Token {
        let start = position
        if peek() == "0", let marker = peek(offset: 1), marker == "x" || marker == "X",
           let first = peek(offset: 2), Self.hexValue(first) != nil {
            position += 2
            var digits = ""
            while let scalar = peek(), Self.hexValue(scalar) != nil {
                digits.unicodeScalars.append(scalar)
                position += 1
            }
            let isUnsigned = consumeUnsignedSuffix()
            let span = SourceSpan(offset: start, length: position - start)
            guard let magnitude = UInt64(digits, radix: 16) else {
                throw SyntaxError(message: "integer literal is out of range", span: span)
            }
            return Token(kind: isUnsigned ? .unsignedInteger(magnitude) : .integer(magnitude), span: span)
        }
        var text = ""
        var isFloatingPoint = false
        readDigits(into: &text)
        if peek() == ".", let next = peek(offset: 1), Self.isDigit(next) {
            isFloatingPoint = true
            text.append(".")
            position += 1
            readDigits(into: &text)
        }
        if let marker = peek(), marker == "e" || marker == "E" {
            var lookahead = 1
            if let sign = peek(offset: 1), sign == "+" || sign == "-" { lookahead = 2 }
            if let digit = peek(offset: lookahead), Self.isDigit(digit) {
                isFloatingPoint = true
                text.append("e")
                if lookahead == 2, let sign = peek(offset: 1) { text.unicodeScalars.append(sign) }
                position += lookahead
                readDigits(into: &text)
            }
        }
        if isFloatingPoint {
            let span = SourceSpan(offset: start, length: position - start)
            guard let value = Double(text), value.isFinite else {
                throw SyntaxError(message: "floating point literal is out of range", span: span)
            }
            return Token(kind: .double(value), span: span)
        }
        let isUnsigned = consumeUnsignedSuffix()
        let span = SourceSpan(offset: start, length: position - start)
        guard let magnitude = UInt64(text) else {
            throw SyntaxError(message: "integer literal is out of range", span: span)
        }
        return Token(kind: isUnsigned ? .unsignedInteger(magnitude) : .integer(magnitude), span: span)
    }

    private mutating func readDigits(into text: inout String) {
        while let scalar = peek(), Self.isDigit(scalar) {
            text.unicodeScalars.append(scalar)
            position += 1
        }
    }

    private mutating func consumeUnsignedSuffix() -> Bool {
        if let scalar = peek(), scalar == "u" || scalar == "U" {
            position += 1
            return true
        }
        return false
    }

    private mutating func readIdentifierOrPrefixedString() throws(SyntaxError) -> Token {
        let start = position
        var name = ""
        while let scalar = peek(), Self.isIdentifierPart(scalar) {
            name.unicodeScalars.append(scalar)
            position += 1
        }
        if let quote = peek(), quote == "\"" || quote == "'" {
            let prefix = name.lowercased()
            if ["r", "b", "rb", "br"].contains(prefix) {
                return try readString(start: start, raw: prefix.contains("r"), bytes: prefix.contains("b"))
            }
        }
        return Token(kind: .identifier(name), span: SourceSpan(offset: start, length: position - start))
    }

    private mutating func readString(start: Int, raw: Bool, bytes: Bool) throws(SyntaxError) -> Token {
        guard let quote = peek() else {
            throw SyntaxError(message: "unterminated string literal", span: SourceSpan(offset: start, length: position - start))
        }
        let isTriple = peek(offset: 1) == quote && peek(offset: 2) == quote
        position += isTriple ? 3 : 1
        var text = String.UnicodeScalarView()
        var byteValues: [UInt8] = []
        func appendScalar(_ scalar: Unicode.Scalar) {
            if bytes { byteValues.append(contentsOf: Array(String(scalar).utf8)) } else { text.append(scalar) }
        }
        while true {
            guard let scalar = peek() else {
                throw SyntaxError(message: "unterminated string literal", span: SourceSpan(offset: start, length: position - start))
            }
            if scalar == quote && (!isTriple || (peek(offset: 1) == quote && peek(offset: 2) == quote)) {
                position += isTriple ? 3 : 1
                break
            }
            if !isTriple && (scalar == "\n" || scalar == "\r") {
                throw SyntaxError(message: "unterminated string literal", span: SourceSpan(offset: start, length: position - start))
            }
            if scalar == "\\" && !raw {
                try readEscape(appendScalar: appendScalar, appendByte: { byteValues.append($0) }, bytes: bytes)
                continue
            }
            appendScalar(scalar)
            position += 1
        }
        let span = SourceSpan(offset: start, length: position - start)
        return Token(kind: bytes ? .bytes(byteValues) : .string(String(text)), span: span)
    }

    private mutating func readEscape(
        appendScalar: (Unicode.Scalar) -> Void, appendByte: (UInt8) -> Void, bytes: Bool
    ) throws(SyntaxError) {
        let escapeStart = position
        position += 1
        guard let letter = peek() else {
            throw SyntaxError(message: "unterminated string literal", span: SourceSpan(offset: escapeStart, length: 1))
        }
        position += 1
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "\\": "\\", "'": "'", "\"": "\"", "`": "`", "?": "?",
            "a": "\u{07}", "b": "\u{08}", "f": "\u{0C}", "n": "\n", "r": "\r", "t": "\t", "v": "\u{0B}",
        ]
        if let replacement = simple[letter] {
            appendScalar(replacement)
            return
        }
        let invalid = SyntaxError(
            message: "invalid escape sequence '\\\(letter)'", span: SourceSpan(offset: escapeStart, length: position - escapeStart))
        switch letter {
        case "x", "X", "u", "U":
            let count = letter == "u" ? 4 : (letter == "U" ? 8 : 2)
            var value: UInt32 = 0
            for _ in 0..<count {
                guard let digit = peek(), let digitValue = Self.hexValue(digit) else { throw invalid }
                value = value * 16 + digitValue
                position += 1
            }
            if count == 2 && bytes {
                appendByte(UInt8(value))
            } else if let scalar = Unicode.Scalar(value) {
                appendScalar(scalar)
            } else {
                throw SyntaxError(
                    message: "invalid Unicode code point in escape sequence",
                    span: SourceSpan(offset: escapeStart, length: position - escapeStart))
            }
        case "0"..."3":
            var value = letter.value - 48
            for _ in 0..<2 {
                guard let digit = peek(), ("0"..."7").contains(digit) else { throw invalid }
                value = value * 8 + (digit.value - 48)
                position += 1
            }
            if bytes {
                appendByte(UInt8(value))
            } else if let scalar = Unicode.Scalar(value) {
                appendScalar(scalar)
            }
        default:
            throw invalid
        }
    }
}
