/// A SARIF `result`: one finding.
struct SARIFResult: Encodable {
    /// A SARIF `suppression` for a finding a waiver in force accepts.
    struct Suppression: Encodable {
        /// Always `external`: the waiver is in the policy, not in source comments.
        let kind: String
        /// Always `accepted`: an approver signed it off.
        let status: String
        /// `<reason> (approved by X, expires D)`.
        let justification: String
        /// Where the waiver is written, when its source can be read as `file:line:column`.
        let location: SARIFLocation?
        /// The waiver's parts.
        let properties: WaiverProperties
    }

    /// The parts of a waiver, also written (with `expired: true`) for waivers that no longer apply.
    struct WaiverProperties: Encodable {
        /// Why the barrier is accepted.
        let reason: String
        /// Who accepted it.
        let approver: String
        /// The last day it applies.
        let expires: String
        /// Whether it has expired.
        let expired: Bool
        /// Where it is written, `file:line:column`.
        let source: String
    }

    /// A fix, written as a property because policylint cannot express it as SARIF text replacements.
    struct FixProperty: Encodable {
        /// What the fix changes.
        let description: String
        /// `safe`, `unsafe` or `display-only`.
        let safety: String
        /// The field assignments it makes.
        let set: [JSONFindingRecord.Assignment]
    }

    /// Finding facts SARIF has no field for.
    struct Properties: Encodable {
        /// `rule`, `format` or `input`.
        let category: String
        /// The policy id, when known.
        let policy: String?
        /// The 0-based document index in the file.
        let documentIndex: Int
        /// Ids of the principles at stake.
        let principles: [String]
        /// The rule's fix, when it has one.
        let fix: FixProperty?
        /// The waiver matched to the finding, in force or expired.
        let waiver: WaiverProperties?
    }

    /// The rule or check id.
    let ruleId: String
    /// The rule's index in `tool.driver.rules`, when it is there.
    let ruleIndex: Int?
    /// `error`, `warning` or `note`.
    let level: String
    /// The finding's message.
    let message: SARIFText
    /// Where it points.
    let locations: [SARIFLocation]
    /// A hash of rule, policy and node path that survives edits elsewhere in the file.
    let partialFingerprints: [String: String]
    /// The waiver in force, if any.
    let suppressions: [Suppression]?
    /// `unchanged` when the baseline already holds the finding; absent otherwise.
    let baselineState: String?
    /// Category, policy, fix and waiver.
    let properties: Properties
}
