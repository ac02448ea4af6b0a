/// The fields of a waiver: a recorded, reasoned, expiring decision to accept one finding.
public enum WaiverFormat {
    /// Every field of a waiver written inside a policy; all are required.
    public static let fields: [Field] = [
        Field("rule", .string(), "The id of the rule whose finding is accepted.", required: true, example: "match-funding-required"),
        Field("path", .string(), "The node the finding points at, such as `funding.match_funding.required` (as `policylint check` prints after `at:`).", required: true, example: "funding.match_funding.required"),
        Field("reason", .text, "Why the barrier is accepted.", required: true, example: "Capital fund rules of the national funder require 10% match."),
        Field("approver", .string(), "Who accepted it.", required: true, example: "Head of Commissioning"),
        Field("expires", .date, "The day the waiver stops applying.", required: true, example: "2027-06-30"),
    ]

    /// The root of a waivers file: waivers for several policies, each naming its policy.
    public static let file: FieldType = .object([
        Field("waivers", .list(.object([
            Field("policy", .string(pattern: "^[a-z0-9][a-z0-9-]*$"), "The id of the policy the waiver belongs to.", required: true, example: "community-wellbeing-fund-2027"),
        ] + fields)), "The waivers.", required: true),
    ])
}
