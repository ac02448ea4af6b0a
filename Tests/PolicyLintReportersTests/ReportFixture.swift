import Foundation
import PolicyLintCore
import PolicyLintReporters
import PolicyYAML

/// A hand-built report covering every severity and category, a fix, a waiver in force, an expired waiver, a baselined
/// finding, a file with its own fail threshold, a multi-line span over multi-byte text, awkward characters and a clean file.
enum ReportFixture {
    static let fundPath = "policies/community-fund.yaml"
    static let smallGrantsPath = "policies/small grants, 2027.yaml"
    static let brokenPath = "policies/broken.yaml"
    static let cleanPath = "policies/clean.yaml"

    static let fundText = """
    policy: 1
    id: community-wellbeing-fund-2027
    title: Community Wellbeing Fund 2027
    kind: grant
    funding:
      total: 600000
      match_funding:
        required: true
      payment:
        timing: arrears
    sections:
      eligibility: |
        Applicants must be “established” organisations —
        with 3 years’ trading and a café-style
        track record.
    waivers:
      - rule: payment-in-arrears
        reason: Treasury rules require arrears for this fund
        approver: Director of Finance
        expires: 2099-03-31

    """

    static let smallGrantsText = """
    policy: 1
    id: small-grants-2027
    title: Small grants
    kind: grant
    funding:
      match_fundng: {required: false}
      payment: {timing: arrears}

    """

    static let brokenText = "policy: 1\nid: [unclosed\n"
    static let cleanText = "policy: 1\nid: clean-fund\ntitle: Clean\nkind: grant\n"

    /// The message with every character GitHub, XML and Markdown need escaped, plus a control character.
    static let awkwardMessage = "unknown key 'match_fundng': did you mean 'match_funding'? 100% of <funds> | a & b, *not* `code`\nsecond line"

    /// A waiver reason with characters XML attributes and Markdown must escape.
    static let waiverReason = "Treasury rules require arrears: see \"Finance & Audit\" <note 4>"

    static let rulebookText = """
    rulebook: test-rules
    format: 1
    version: "2026.1"
    rules:
      - id: match-funding-required
        title: Match funding is required
        severity: error
        principles: [match-core-funding]
        when: funding.match_funding.required
        message: Applicants must bring match funding.
        why: Small community-led groups rarely hold reserves, so a match requirement excludes them first.
        alternatives:
          - Fund the whole cost of the work.
          - Accept volunteer time and premises as in-kind match.
        references:
          - "Lankelly Chase, 2020: core funding and small charities."
        fix:
          set: {funding.match_funding.required: false}
          safety: unsafe
          description: Stop requiring match funding.
        examples:
          fail: ["funding: {match_funding: {required: true}}"]
          pass: ["funding: {match_funding: {required: false}}"]
      - id: payment-in-arrears
        title: Payment is made in arrears
        severity: warning
        applies_to: [grant, contract]
        principles: [match-core-funding]
        when: funding.payment.timing == "arrears"
        message: Payment in arrears makes providers lend the funder money.
        why: Groups without reserves cannot carry costs for months.
        alternatives:
          - Pay quarterly in advance.
        examples:
          fail: ["funding: {payment: {timing: arrears}}"]
          pass: ["funding: {payment: {timing: advance}}"]
      - id: established-organisations-only
        title: Only established organisations may apply
        severity: info
        principles: [match-trusted-relationships]
        when: eligibility.min_years_trading >= 3
        message: Asking for a trading history excludes new groups.
        why: New, community-led groups are often the closest to the people a fund is for.
        alternatives:
          - Ask for references from the community instead of years of trading.
        examples:
          fail: ["eligibility: {min_years_trading: 3}"]
          pass: ["eligibility: {min_years_trading: 0}"]

    """

    /// The rules of the test rulebook.
    static func rules() throws -> [Rule] {
        let loader = RulebookLoader(principles: try PrincipleCatalogues.builtIn())
        return try loader.load(SourceText(name: "test-rules.yaml", bytes: Array(rulebookText.utf8))).rules
    }

    /// The context reporters get: the test rules and their rulebook.
    static func context() throws -> ReportContext {
        ReportContext(rules: try rules(), colour: false, rulebooks: ["test-rules 2026.1"])
    }

    /// The report, failing on warnings.
    static func report() -> CheckReport {
        let fundSource = source(fundPath, fundText)
        let small = source(smallGrantsPath, smallGrantsText)
        let broken = source(brokenPath, brokenText)
        let matchFunding = Finding(
            ruleID: "match-funding-required", severity: .error, category: .rule, message: "Applicants must bring match funding.",
            location: Location(source: fundSource, span: span(in: fundText, from: "true", through: "true")),
            nodePath: "funding.match_funding.required", policyID: "community-wellbeing-fund-2027",
            why: "Small community-led groups rarely hold reserves, so a match requirement excludes them first.",
            alternatives: ["Fund the whole cost of the work.", "Accept volunteer time and premises as in-kind match."],
            principles: ["match-core-funding"], references: ["Lankelly Chase, 2020: core funding and small charities."],
            fix: Fix(set: [FixAssignment(path: "funding.match_funding.required", value: "false")], safety: .unsafe,
                     description: "Stop requiring match funding."))
        let arrears = Finding(
            ruleID: "payment-in-arrears", severity: .warning, category: .rule,
            message: "Payment in arrears makes providers lend the funder money.",
            location: Location(source: fundSource, span: span(in: fundText, from: "arrears\n", through: "arrears")),
            nodePath: "funding.payment.timing", policyID: "community-wellbeing-fund-2027",
            why: "Groups without reserves cannot carry costs for months.", alternatives: ["Pay quarterly in advance."],
            principles: ["match-core-funding"],
            waiver: AppliedWaiver(reason: waiverReason, approver: "Director of Finance",
                                  expires: "2099-03-31", isExpired: false, source: "\(fundPath):17:5"))
        let established = Finding(
            ruleID: "established-organisations-only", severity: .info, category: .rule,
            message: "Asking for a trading history excludes new groups.",
            location: Location(source: fundSource, span: span(in: fundText, from: "“established”", through: "café-style")),
            nodePath: "sections.eligibility", policyID: "community-wellbeing-fund-2027",
            why: "New, community-led groups are often the closest to the people a fund is for.",
            alternatives: ["Ask for references from the community instead of years of trading."],
            principles: ["match-trusted-relationships"],
            waiver: AppliedWaiver(reason: "Agreed with the board for 2025 only", approver: "Chair",
                                  expires: "2025-12-31", isExpired: true, source: "\(fundPath):21:5"))
        var unknownKey = Finding(
            ruleID: "unknown-key", severity: .warning, category: .format, message: awkwardMessage,
            location: Location(source: small, span: span(in: smallGrantsText, from: "match_fundng", through: "match_fundng")),
            nodePath: "funding.match_fundng", policyID: "small-grants-2027")
        // Set after creation, which puts a message on one line, so each reporter's own escaping of a line break is tested.
        unknownKey.message = awkwardMessage
        var baselined = Finding(
            ruleID: "payment-in-arrears", severity: .warning, category: .rule,
            message: "Payment in arrears makes providers lend the funder money.",
            location: Location(source: small, span: span(in: smallGrantsText, from: "arrears", through: "arrears")),
            nodePath: "funding.payment.timing", policyID: "small-grants-2027",
            why: "Groups without reserves cannot carry costs for months.", alternatives: ["Pay quarterly in advance."],
            principles: ["match-core-funding"])
        baselined.isBaselined = true
        var invalidYAML = Finding(
            ruleID: "invalid-yaml", severity: .error, category: .input, message: "",
            location: Location(source: broken, span: SourceSpan(at: position(in: brokenText, index: brokenText.endIndex))))
        // Set after creation, which would fold the control character, so each reporter's own escaping of one is tested.
        invalidYAML.message = "the flow sequence is not closed \u{1}before the end of the file"
        var smallGrants = FileReport(path: smallGrantsPath, policyIDs: ["small-grants-2027"], findings: [unknownKey, baselined],
                                     sha256: SHA256.hex(Array(smallGrantsText.utf8)))
        smallGrants.failOn = .error
        return CheckReport(files: [
            FileReport(path: fundPath, policyIDs: ["community-wellbeing-fund-2027"], findings: [matchFunding, arrears, established],
                       sha256: SHA256.hex(Array(fundText.utf8))),
            smallGrants,
            FileReport(path: brokenPath, policyIDs: [], findings: [invalidYAML], sha256: SHA256.hex(Array(brokenText.utf8))),
            FileReport(path: cleanPath, policyIDs: ["clean-fund"], findings: [], sha256: SHA256.hex(Array(cleanText.utf8))),
        ], failOn: .warning)
    }

    static func source(_ name: String, _ text: String) -> SourceText {
        SourceText(name: name, bytes: Array(text.utf8))
    }

    /// The span from the first occurrence of `start` to the end of the first occurrence of `end` at or after it.
    static func span(in text: String, from start: String, through end: String) -> SourceSpan {
        guard let first = text.range(of: start), let last = text.range(of: end, range: first.lowerBound..<text.endIndex) else {
            return SourceSpan(at: .start)
        }
        return SourceSpan(start: position(in: text, index: first.lowerBound), end: position(in: text, index: last.upperBound))
    }

    /// The line, Unicode-scalar column and byte offset of `index`.
    static func position(in text: String, index: String.Index) -> SourcePosition {
        let before = text[..<index]
        let line = before.unicodeScalars.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let column = text[lineStart..<index].unicodeScalars.count + 1
        return SourcePosition(line: line, column: column, offset: before.utf8.count)
    }
}
