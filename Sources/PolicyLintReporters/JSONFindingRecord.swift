import PolicyLintCore

/// One finding in the JSON report; every key is always written, `null` when there is no value.
struct JSONFindingRecord: Encodable {
    /// A place in the file: 1-based line, 1-based column in Unicode scalars, 0-based byte offset.
    struct Position: Encodable {
        /// The 1-based line.
        let line: Int
        /// The 1-based column, in Unicode scalars.
        let column: Int
        /// The 0-based byte offset.
        let offset: Int
    }

    /// The source lines the finding covers.
    struct Excerpt: Encodable {
        /// The number of the first line.
        let firstLine: Int
        /// The lines, without line breaks.
        let lines: [String]
    }

    /// A field assignment of a fix.
    struct Assignment: Encodable {
        /// The field path.
        let path: String
        /// The new value, written as YAML.
        let value: String
    }

    /// A change that removes the barrier.
    struct Fix: Encodable {
        /// What the fix changes.
        let description: String
        /// `safe`, `unsafe` or `display-only`.
        let safety: String
        /// The assignments it makes.
        let set: [Assignment]
    }

    /// The waiver matched to the finding.
    struct Waiver: Encodable {
        /// Why the barrier is accepted.
        let reason: String
        /// Who accepted it.
        let approver: String
        /// The last day it applies.
        let expires: String
        /// Whether it has expired (an expired waiver does not waive).
        let expired: Bool
        /// Where it is written, `file:line:column`.
        let source: String
    }

    let rule: String
    let severity: String
    let category: String
    let message: String
    let file: String
    let policy: String?
    let documentIndex: Int
    let path: String?
    let start: Position
    let end: Position
    let excerpt: Excerpt
    let why: String?
    let alternatives: [String]
    let principles: [String]
    let references: [String]
    let url: String?
    let fix: Fix?
    let waiver: Waiver?
    let waived: Bool
    let baselined: Bool

    /// The record for `finding`.
    init(_ finding: Finding) {
        rule = finding.ruleID
        severity = finding.severity.rawValue
        category = finding.category.rawValue
        message = finding.message
        file = finding.location.file
        policy = finding.policyID
        documentIndex = finding.documentIndex
        path = finding.nodePath
        let span = finding.location.span
        start = Position(line: span.start.line, column: span.start.column, offset: span.start.offset)
        end = Position(line: span.end.line, column: span.end.column, offset: span.end.offset)
        excerpt = Excerpt(firstLine: finding.location.excerpt.firstLine, lines: finding.location.excerpt.lines)
        why = finding.why
        alternatives = finding.alternatives
        principles = finding.principles
        references = finding.references
        url = finding.documentationURL
        fix = finding.fix.map { fix in
            Fix(description: fix.description, safety: fix.safety.rawValue, set: fix.set.map { Assignment(path: $0.path, value: $0.value) })
        }
        waiver = finding.waiver.map {
            Waiver(reason: $0.reason, approver: $0.approver, expires: $0.expires, expired: $0.isExpired, source: $0.source)
        }
        waived = finding.isWaived
        baselined = finding.isBaselined
    }

    private enum CodingKeys: String, CodingKey {
        case rule, severity, category, message, file, policy, documentIndex, path, start, end, excerpt
        case why, alternatives, principles, references, url, fix, waiver, waived, baselined
    }

    /// Writes every key, with `null` for absent optionals, so the shape never varies.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(severity, forKey: .severity)
        try container.encode(category, forKey: .category)
        try container.encode(message, forKey: .message)
        try container.encode(file, forKey: .file)
        try container.encode(policy, forKey: .policy)
        try container.encode(documentIndex, forKey: .documentIndex)
        try container.encode(path, forKey: .path)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(excerpt, forKey: .excerpt)
        try container.encode(why, forKey: .why)
        try container.encode(alternatives, forKey: .alternatives)
        try container.encode(principles, forKey: .principles)
        try container.encode(references, forKey: .references)
        try container.encode(url, forKey: .url)
        try container.encode(fix, forKey: .fix)
        try container.encode(waiver, forKey: .waiver)
        try container.encode(waived, forKey: .waived)
        try container.encode(baselined, forKey: .baselined)
    }
}
