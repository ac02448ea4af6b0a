/// Recognises text saved as UTF-16 or UTF-32 rather than UTF-8: by its byte-order mark or, without one, by the NUL
/// bytes that ASCII characters leave in every other byte (UTF-16) or in three bytes of four (UTF-32).
///
/// Such a file is not broken UTF-8 or binary data, and quoting its bytes as UTF-8 shows only noise, so readers say which
/// encoding it is and quote nothing.
public enum ForeignEncoding {
    /// How many leading bytes are looked at when there is no byte-order mark.
    static let sampleLength = 512

    /// The encoding's name, such as `UTF-16 (little-endian)`, or nil for bytes that may be UTF-8.
    public static func name(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32 (big-endian)" }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32 (little-endian)" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16 (big-endian)" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16 (little-endian)" }
        let sample = bytes.prefix(sampleLength)
        guard sample.count >= 4, sample.contains(0) else { return nil }
        // Four-byte units whose ASCII character sits in the first (little-endian) or last (big-endian) byte.
        let units32 = sample.count / 4
        if units32 >= 2 {
            var little = 0
            var big = 0
            for unit in 0..<units32 {
                let b = sample.startIndex + unit * 4
                if sample[b] != 0, sample[b + 1] == 0, sample[b + 2] == 0, sample[b + 3] == 0 { little += 1 }
                if sample[b] == 0, sample[b + 1] == 0, sample[b + 2] == 0, sample[b + 3] != 0 { big += 1 }
            }
            if little * 2 >= units32 { return "UTF-32 (little-endian)" }
            if big * 2 >= units32 { return "UTF-32 (big-endian)" }
        }
        // Two-byte units likewise; the other order must be rare, or this is binary data with NULs scattered through it.
        let units16 = sample.count / 2
        var little = 0
        var big = 0
        for unit in 0..<units16 {
            let b = sample.startIndex + unit * 2
            if sample[b] != 0, sample[b + 1] == 0 { little += 1 }
            if sample[b] == 0, sample[b + 1] != 0 { big += 1 }
        }
        if little * 2 >= units16, big * 10 <= units16 { return "UTF-16 (little-endian)" }
        if big * 2 >= units16, little * 10 <= units16 { return "UTF-16 (big-endian)" }
        return nil
    }
}
