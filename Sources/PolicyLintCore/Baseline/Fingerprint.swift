import Foundation
import PolicyYAML

/// A finding's identity that survives reformatting: rule, policy (or, for a document without one, its file), node
/// path and normalised content, never line numbers.
public enum Fingerprint {
    /// The fingerprint of a finding, as 16 hex digits of a SHA-256.
    public static func of(_ finding: Finding) -> String {
        let content = normalise(canonicalScalar(finding.location.excerptText))
        // A policy id names a policy wherever its file lives; Markdown and text documents have none, so their file
        // stands in, or one document's baseline would accept the same phrase in every other.
        let owner = finding.policyID ?? "file:" + fileIdentity(finding.location.file)
        let key = [finding.ruleID, owner, finding.nodePath ?? "", content].joined(separator: "\u{1F}")
        return String(SHA256.hex(Array(key.utf8)).prefix(16))
    }

    /// `path` relative to the working directory when inside it, with `.` and `..` resolved, so `./a.md` and
    /// `a.md` are one file.
    static func fileIdentity(_ path: String) -> String {
        guard !path.isEmpty, !path.hasPrefix("<") else { return path }
        return FileCollector.relativePath(path, to: FileManager.default.currentDirectoryPath)
    }

    /// The value `text` spells when it is a YAML scalar written in another form: quoted (`"unlimited"` is
    /// `unlimited`) or a number in another notation (`0x2D` is `45`, `3.0` is `3`). Anything else is kept as it is,
    /// so prose is fingerprinted by its words.
    static func canonicalScalar(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        if first == "\"" || first == "'" {
            guard let documents = try? YAMLLoader.load(text: text), documents.count == 1,
                  let scalar = documents[0].root.scalar, scalar.style != .plain else { return text }
            return scalar.text
        }
        switch ScalarValue.resolvePlain(text) {
        case .int(let number): return String(number)
        case .float(let number) where number.isFinite:
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        default: return text
        }
    }

    /// Lower case with runs of white space folded, so re-indenting or re-wrapping keeps the fingerprint.
    static func normalise(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension Location {
    /// The text the span covers, taken from the excerpt lines.
    public var excerptText: String {
        guard !excerpt.lines.isEmpty else { return "" }
        var parts: [String] = []
        for (offset, line) in excerpt.lines.enumerated() {
            let number = excerpt.firstLine + offset
            let scalars = Array(line.unicodeScalars)
            let shift = excerpt.shift(ofLine: number)
            let start = number == span.start.line ? max(0, span.start.column - 1 - shift) : 0
            let end = number == span.end.line ? min(scalars.count, max(start, span.end.column - 1 - shift)) : scalars.count
            if start <= end, start <= scalars.count { parts.append(String(String.UnicodeScalarView(scalars[start..<end]))) }
        }
        return parts.joined(separator: "\n")
    }
}
