import PolicyYAML

/// A finding's identity that survives reformatting: rule, policy, node path and normalised content, never line numbers.
public enum Fingerprint {
    /// The fingerprint of a finding, as 16 hex digits of a SHA-256.
    public static func of(_ finding: Finding) -> String {
        let content = normalise(finding.location.excerptText)
        let key = [finding.ruleID, finding.policyID ?? "", finding.nodePath ?? "", content].joined(separator: "\u{1F}")
        return String(SHA256.hex(Array(key.utf8)).prefix(16))
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
            let start = number == span.start.line ? max(0, span.start.column - 1) : 0
            let end = number == span.end.line ? min(scalars.count, max(start, span.end.column - 1)) : scalars.count
            if start <= end, start <= scalars.count { parts.append(String(String.UnicodeScalarView(scalars[start..<end]))) }
        }
        return parts.joined(separator: "\n")
    }
}
