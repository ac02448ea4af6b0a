/// Reads YAML bytes into located document trees through libyaml, within limits.
public enum YAMLLoader {
    /// Composes every document of `source`, or throws the first located problem.
    public static func load(_ source: SourceText, limits: YAMLLimits = .default) throws(YAMLError) -> [YAMLDocument] {
        let skip = try checkBytes(source, limits: limits)
        // libyaml reads the source's own bytes, which stay put while the documents are composed.
        return try source.bytes.withUnsafeBufferPointer { buffer throws(YAMLError) in
            let parser = LibYAMLParser(source: source, input: buffer, skipBytes: skip)
            var composer = YAMLComposer(parser: parser, limits: limits)
            return try composer.composeStream()
        }
    }

    /// Composes documents from text (a convenience for tests and tools).
    public static func load(text: String, name: String = "<string>", limits: YAMLLimits = .default) throws(YAMLError) -> [YAMLDocument] {
        try load(SourceText(name: name, text: text), limits: limits)
    }

    /// Rejects input libyaml should never see: too large, binary, UTF-16/32 or invalid UTF-8.
    /// Returns the length of a UTF-8 byte-order mark to skip.
    static func checkBytes(_ source: SourceText, limits: YAMLLimits) throws(YAMLError) -> Int {
        let bytes = source.bytes
        if bytes.count > limits.maxFileBytes {
            throw YAMLError(.tooLarge, "file is \(bytes.count) bytes, over the limit of \(limits.maxFileBytes) bytes (raise it with --max-file-size)", at: SourceSpan(at: .start))
        }
        let (hasHighBytes, hasControlBytes) = byteClasses(bytes)
        if !hasHighBytes, !hasControlBytes { return 0 }
        // Before the NUL and UTF-8 checks, which would call such a file binary or point at a "bad" byte of its mark.
        if let encoding = source.foreignEncoding {
            throw YAMLError(.encoding, "the file is \(encoding); save it as UTF-8", at: SourceSpan(at: .start))
        }
        if hasControlBytes, let nul = bytes.firstIndex(of: 0) {
            let at = source.position(ofOffset: nul)
            throw YAMLError(.binary, "file contains a NUL byte at line \(at.line), column \(at.column); it looks like a binary file, not YAML", at: SourceSpan(at: at))
        }
        if hasHighBytes, let bad = firstInvalidUTF8(bytes) {
            let at = source.position(ofOffset: bad)
            throw YAMLError(.encoding, "invalid UTF-8 byte 0x\(String(bytes[bad], radix: 16, uppercase: true)); save the file as UTF-8", at: SourceSpan(at: at))
        }
        if hasControlBytes, let control = firstForbiddenControl(bytes) {
            let at = source.position(ofOffset: control)
            throw YAMLError(.binary, "control character 0x\(String(bytes[control], radix: 16, uppercase: true)) is not allowed in YAML; the file may be binary", at: SourceSpan(at: at))
        }
        return bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Whether any byte is outside ASCII, and whether any is a C0 control other than tab, LF and CR (NUL included).
    ///
    /// One branch-free pass the compiler can vectorise: most files are plain ASCII text, and then none of the
    /// byte-by-byte checks needs to run.
    static func byteClasses(_ bytes: [UInt8]) -> (high: Bool, control: Bool) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return (false, false) }
            var combined: UInt8 = 0
            var controls: UInt8 = 0
            // Selects and bitwise ands, not `||` or `min`: written this way the loop runs 16 or more bytes a step.
            for index in 0..<buffer.count {
                let byte = base[index]
                combined |= byte
                let isLow: UInt8 = byte < 0x20 ? 1 : 0
                let notTab: UInt8 = byte == 0x09 ? 0 : 1
                let notLineFeed: UInt8 = byte == 0x0A ? 0 : 1
                let notReturn: UInt8 = byte == 0x0D ? 0 : 1
                controls |= isLow & notTab & notLineFeed & notReturn
            }
            return (combined >= 0x80, controls != 0)
        }
    }

    /// The offset of the first byte that breaks UTF-8, or nil when the bytes are valid.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8(in: $0) }
    }

    /// The offset of the first byte of `bytes` that breaks UTF-8, or nil when the bytes are valid.
    private static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            let minimum: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return index
            }
            guard index + length <= count else { return index }
            var scalar = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }

    /// The offset of the first C0 control byte YAML forbids (all but tab, LF and CR), or nil.
    static func firstForbiddenControl(_ bytes: [UInt8]) -> Int? {
        bytes.firstIndex { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }
}
