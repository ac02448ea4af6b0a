/// The fields of a waiver: a recorded, reasoned, expiring decision to accept one finding.
public enum WaiverFormat {
    /// Every field of a waiver; all but `path` are required.
    public static let fields: [Field] = [
        Field("rule", .string(), "The id of the rule whose finding is accepted.", required: true, example: "match-funding-required"),
        Field("path", .string(), "The node the finding points at, such as `funding.match_funding.required`; leave out to accept the rule anywhere in the policy.", example: "funding.match_funding.required"),
        Field("reason", .text, "Why the barrier is accepted.", required: true, example: "Capital fund rules of the national funder require 10% match."),
        Field("approver", .string(), "Who accepted it.", required: true, example: "Head of Commissioning"),
        Field("expires", .date, "The day the waiver stops applying.", required: true, example: "2027-06-30"),
    ]
}
