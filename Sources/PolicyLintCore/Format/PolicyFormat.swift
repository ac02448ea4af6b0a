/// Version 1 of the policy format, defined once as data.
///
/// The validator, the JSON Schema (`policylint schema`), the field reference in
/// `docs/policy-format.md` and the types rule conditions are checked against all derive from
/// this tree.
public enum PolicyFormat {
    /// The format version this build reads.
    public static let version = 1

    /// The kinds of policy.
    public static let kinds = ["grant", "contract", "framework", "dynamic-market"]

    /// The root fields of a policy document.
    public static let root: FieldType = .object(rootFields)

    static let money = FieldType.money

    static let legalForms = [
        "registered-charity", "cio", "charitable-company", "cic", "company-limited-by-guarantee",
        "company-limited-by-shares", "community-benefit-society", "co-operative", "unincorporated-association",
        "constituted-group", "faith-group", "social-enterprise", "sole-trader", "partnership", "fiscally-hosted",
        "public-body", "any",
    ]

    /// Pairs of fields that must come in order; each pair out of order is an `invalid-value` error.
    public static let orders: [FieldOrder] = [
        FieldOrder(["process", "opens"], ["process", "closes"], relation: "is before"),
        FieldOrder(["funding", "award", "min"], ["funding", "award", "max"], relation: "is less than"),
        FieldOrder(["funding", "award", "max"], ["funding", "total"], relation: "is less than the largest award,"),
        FieldOrder(["process", "assessment", "panel", "community_members"], ["process", "assessment", "panel", "size"],
                   relation: "is fewer people than the community members among them,"),
    ]

    static let rootFields: [Field] = [
        Field("policy", .integer(minimum: 1, maximum: 1), "The format version; always `1` for this format.", required: true, example: "1"),
        Field("id", .string(pattern: "^[a-z0-9][a-z0-9-]*$"), "A stable identifier in lower case with dashes, used in baselines and reports.", required: true, example: "community-wellbeing-fund-2027"),
        Field("title", .string(), "The name people know the fund or tender by.", required: true, example: "Community Wellbeing Fund 2027"),
        Field("kind", .enumeration(kinds), "What is being commissioned: a grant programme, a contract tender, a framework or approved list, or a dynamic market. A concession is a `contract`; a fund of loans or other repayable finance is a `grant`.", required: true, example: "grant"),
        Field("owner", .string(), "The team accountable for the policy.", example: "Commissioning Team"),
        Field("status", .enumeration(["draft", "consultation", "approved", "live", "closed"]), "Where the policy is in its life.", example: "draft"),
        Field("jurisdiction", .enumeration(["england", "wales", "scotland", "northern-ireland", "uk", "other"]), "Whose law applies; thresholds such as the charity audit limit depend on it.", example: "england"),
        Field("summary", .text, "A plain-language description of what the money is for.", example: "Small grants for community-led wellbeing activity."),
        Field("funding", .object(fundingFields), "How much money there is and on what terms it is paid."),
        Field("eligibility", .object(eligibilityFields), "Who may apply and what they must prove."),
        Field("risk", .object(riskFields), "How risk is shared between funder and provider."),
        Field("process", .object(processFields), "How the opportunity is advertised, applied for and decided."),
        Field("monitoring", .object(monitoringFields), "What is asked of organisations once funded."),
        Field("sections", .dictionary(.text), "Free-text sections of the policy, by name, as published; prose rules read them.", example: "{eligibility: \"Applicants must ...\"}"),
        Field("waivers", .list(.object(WaiverFormat.fields)), "Barriers this policy accepts on purpose, each with a reason, an approver and an expiry date."),
    ]

    static let fundingFields: [Field] = [
        Field("total", money, "The whole budget of the fund or the total contract value: what the funder pays. A concession the authority pays nothing for has a `total` of 0 and states its worth in `annual_value`.", example: "600000"),
        Field("currency", .string(pattern: "^[A-Z]{3}$"), "ISO 4217 currency code of every amount in the policy.", example: "GBP"),
        Field("annual_value", money, "The estimated value of the contract or grant per year; turnover tests are compared with it, or with one lot's share of it when `process.lots` divides the contract (lots are taken to be of equal value). A contract that leaves it out is taken to be worth its `total` spread evenly over `duration_months`. For a concession, write the revenue the operator is expected to earn in a year. A value of 0 (written, or a `total` of 0 spread out) is not compared with turnover, since it says nothing about what the work is worth.", example: "250000"),
        Field("award", .object([
            Field("min", money, "The smallest award.", example: "10000"),
            Field("max", money, "The largest award.", example: "60000"),
        ]), "The range of a single award."),
        Field("duration_months", .integer(minimum: 1), "How long each award or contract runs.", example: "12"),
        Field("match_funding", .object([
            Field("required", .boolean, "Whether applicants must bring money of their own or from elsewhere.", example: "false"),
            Field("share", .fraction, "The share of the project cost applicants must find; a share above 0 is a match requirement even where `required` is left out (`required: false` says there is none).", example: "0.25"),
            Field("in_kind_accepted", .boolean, "Whether volunteer time, premises and other in-kind contributions count as match.", example: "true"),
        ]), "Whether applicants must match the funder's money."),
        Field("purpose", .enumeration(["revenue", "capital", "mixed"]), "What the money pays for: `revenue`, activities and the costs of running organisations; `capital`, assets that last, such as buildings, land, vehicles and equipment; `mixed`, both. Rules about core costs, overheads and short grants do not apply to a `capital` fund, which is not meant to pay running costs.", example: "revenue"),
        Field("core_costs", .object([
            Field("eligible", .boolean, "Whether overheads, salaries and running costs can be paid for.", example: "true"),
            Field("full_cost_recovery", .boolean, "Whether budgets may include a fair share of all overheads.", example: "true"),
            Field("max_share", .fraction, "The largest share of a budget that may go to core costs.", example: "0.3"),
        ]), "Whether the funding pays for the costs of running the organisation."),
        Field("payment", .object([
            Field("timing", .enumeration(["advance", "arrears", "milestones", "on-completion"]), "When money is paid relative to the work.", example: "advance"),
            Field("frequency", .enumeration(["one-off", "monthly", "quarterly", "six-monthly", "annually"]), "How often payments are made.", example: "quarterly"),
            Field("terms_days", .integer(minimum: 0), "Days from a valid invoice or claim to payment.", example: "30"),
        ]), "How and when money is paid."),
        Field("payment_by_results", .object([
            Field("share", .fraction, "The share of the value paid only when results are achieved.", example: "0.3"),
        ]), "Payment held back until outcomes are shown."),
    ]

    static let eligibilityFields: [Field] = [
        Field("legal_forms", .list(.enumeration(legalForms)), "The kinds of organisation that may apply; `any` means any constituted group.", example: "[constituted-group, cic, cio]"),
        Field("fiscal_hosts_accepted", .boolean, "Whether a group may apply through a host organisation that holds the money.", example: "true"),
        Field("min_years_trading", .number(minimum: 0), "How long an organisation must have existed or traded.", example: "1"),
        Field("min_annual_income", money, "The smallest annual income an applicant may have.", example: "0"),
        Field("max_annual_income", money, "The largest annual income an applicant may have, to target small organisations.", example: "250000"),
        Field("accounts", .object([
            Field("years", .integer(minimum: 0), "How many years of accounts are asked for.", example: "1"),
            Field("audited", .boolean, "Whether the accounts must be audited.", example: "false"),
            Field("alternatives_accepted", .boolean, "Whether bank statements, management accounts or a budget are accepted instead.", example: "true"),
        ]), "The financial records applicants must provide."),
        Field("min_turnover", money, "The smallest annual turnover a bidder must have.", example: "100000"),
        Field("accreditations", .list(.string()), "Certificates or quality marks that are required. Registrations the law requires for the work (with the CQC, Ofsted, the Care Inspectorate, Care Inspectorate Wales or the RQIA) may be listed and are not counted as barriers; an inspection rating is.", example: "[]"),
        Field("references", .object([
            Field("count", .integer(minimum: 0), "How many references are required.", example: "0"),
            Field("from", .enumeration(["anyone", "community", "funder", "public-sector"]), "Who references must come from.", example: "anyone"),
        ]), "References applicants must supply."),
        Field("prior_contracts", .object([
            Field("count", .integer(minimum: 0), "How many previous contracts or grants must be shown.", example: "0"),
            Field("public_sector", .boolean, "Whether they must have been with public bodies.", example: "false"),
        ]), "Track record of earlier contracts or grants that is required."),
        Field("security", .object([
            Field("deposit", money, "A deposit applicants must pay.", example: "0"),
            Field("bank_guarantee", .boolean, "Whether a bank guarantee is required.", example: "false"),
            Field("bid_bond", .fraction, "A bid bond as a share of the bid value.", example: "0"),
        ]), "Security demanded from applicants."),
    ]

    static let riskFields: [Field] = [
        Field("liability_cap", .oneOf([.money, .enumeration(["unlimited"])]), "The most a provider can be liable for, or `unlimited`.", example: "1000000"),
        Field("indemnity", .enumeration(["none", "capped", "uncapped"]), "Whether providers must indemnify the funder, and whether that indemnity is capped.", example: "capped"),
        Field("insurance", .object([
            Field("required_at", .enumeration(["application", "award", "start"]), "When insurance must be in place.", example: "award"),
            Field("public_liability", money, "Public liability cover required.", example: "1000000"),
            Field("employers_liability", money, "Employer's liability cover required.", example: "5000000"),
            Field("professional_indemnity", money, "Professional indemnity cover required.", example: "0"),
        ]), "Insurance providers must hold."),
        Field("performance_bond", .object([
            Field("share", .fraction, "The bond as a share of the contract value.", example: "0.1"),
        ]), "A performance bond the provider must lodge."),
        Field("parent_company_guarantee", .boolean, "Whether a parent company must guarantee performance.", example: "false"),
        Field("clawback", .object([
            Field("on", .enumeration(["none", "misuse", "underspend", "missed-targets"]), "What triggers repayment.", example: "misuse"),
        ]), "When money already paid must be returned."),
    ]

    static let processFields: [Field] = [
        Field("access", .enumeration(["open", "invitation", "approved-list"]), "Who can apply: anyone, only those invited, or only those on an approved list.", example: "open"),
        Field("invited", .list(.string()), "The organisations invited, when access is by invitation.", example: "[]"),
        Field("approved_list", .object([
            Field("open_to_new_members", .boolean, "Whether organisations can join the list while it runs.", example: "true"),
            Field("refresh_months", .integer(minimum: 1), "How often the list reopens for new members.", example: "6"),
        ]), "How an approved list or framework admits organisations."),
        Field("advertised", .list(.string()), "Where the opportunity is published, such as `council-website`, `find-a-tender` or `community-networks`.", example: "[council-website, community-networks]"),
        Field("opens", .date, "The first day applications are accepted.", example: "2027-01-10"),
        Field("closes", .date, "The last day applications are accepted.", example: "2027-02-21"),
        Field(derived: "window_days", .integer(), "Days from `opens` to `closes`.", from: "process.opens and process.closes"),
        Field("stages", .integer(minimum: 1), "How many application stages there are.", example: "2"),
        Field("application", .object([
            Field("channels", .list(.enumeration(["online-portal", "email", "post", "phone", "video-call", "in-person"])), "How applications can be submitted. `online-portal`, `email` and `video-call` are online routes; a policy offers a route for those without one only with `post`, `phone` or `in-person`.", example: "[online-portal, email, phone]"),
            Field("formats", .list(.enumeration(["written", "video", "audio", "conversation"])), "What form an application can take.", example: "[written, video, conversation]"),
            Field("languages", .list(.string(pattern: "^[A-Za-z]{2,3}(-[A-Za-z0-9]+)*$")), "Languages applications are accepted in, as language codes such as `en`, `tr` or `yo`.", example: "[en, tr, yo]"),
            Field("word_limit", .integer(minimum: 0), "The most words allowed per answer.", example: "500"),
            Field("questions", .integer(minimum: 0), "How many questions the form asks.", example: "6"),
            Field("accepts_other_funders_applications", .boolean, "Whether a proposal written for another funder is accepted.", example: "true"),
        ]), "What applying involves."),
        Field("pre_application_support", .boolean, "Whether help is offered before applying: calls, drop-ins, bid-writing support.", example: "true"),
        Field("assessment", .object([
            Field("panel", .object([
                Field("size", .integer(minimum: 0), "How many people decide.", example: "5"),
                Field("community_members", .integer(minimum: 0), "How many of them are from the communities served.", example: "2"),
            ]), "Who assesses and decides."),
            Field("criteria", .list(.object([
                Field("name", .string(), "What is scored.", example: "quality"),
                Field("weight", .percent, "The criterion's share of the score, in percent.", example: "60"),
            ])), "Scored criteria and their weights."),
            Field("social_value_weight", .percent, "The share of the score, in percent, given to social value.", example: "20"),
        ]), "How applications are judged."),
        Field("feedback", .enumeration(["none", "on-request", "written", "conversation"]), "What unsuccessful applicants are told.", example: "written"),
        Field("success_rates_published", .boolean, "Whether the share of applications funded is published.", example: "true"),
        Field("decision_days", .integer(minimum: 0), "Days from the closing date to a decision.", example: "42"),
        Field("lots", .integer(minimum: 1), "How many lots a contract is divided into; a turnover test is then judged against one lot's value (lots are taken to be of equal value).", example: "3"),
    ]

    static let monitoringFields: [Field] = [
        Field("reporting", .object([
            Field("frequency", .enumeration(["monthly", "quarterly", "six-monthly", "annually", "end-of-grant"]), "How often funded organisations report.", example: "annually"),
            Field("formats", .list(.enumeration(["written", "conversation", "video", "photos", "visit"])), "How they can report.", example: "[conversation, written]"),
        ]), "Reports funded organisations make."),
        Field("outcomes", .enumeration(["set-by-funder", "co-designed", "set-by-applicant"]), "Who decides what success looks like.", example: "co-designed"),
        Field("evaluation_required", .boolean, "Whether a formal evaluation must be commissioned or written.", example: "false"),
    ]
}
