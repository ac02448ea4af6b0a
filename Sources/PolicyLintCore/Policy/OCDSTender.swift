import Foundation
import PolicyYAML

/// One OCDS release's tender read as a policy of the policy format, so the rules check a published tender notice as
/// they check a policy. Only what OCDS states is carried over (docs/ocds.md lists each field); every value keeps the
/// span of the OCDS field it came from, so findings point at the release's own lines.
struct OCDSTender {
    /// The release (or a record's compiled release).
    let release: YAMLNode
    /// Its `tender` mapping.
    let tender: YAMLNode

    /// The release's tender, or nil when it has none to read.
    init?(release: YAMLNode) {
        guard let tender = release["tender"], tender.mapping != nil else { return nil }
        self.release = release
        self.tender = tender
    }

    /// OCDS `submissionMethod` codes and the application channel each stands for.
    static let channels: [String: String] = [
        "electronicSubmission": "online-portal", "electronicAuction": "online-portal", "written": "post", "inPerson": "in-person",
    ]

    /// OCDS `procurementMethod` codes that leave the choice of bidders to the buyer.
    static let invitationMethods: Set<String> = ["limited", "direct"]

    /// OCDS `awardCriteria` codes that judge on price or cost alone.
    static let priceOnlyCriteria: Set<String> = ["priceOnly", "costOnly", "lowestCost", "lowestPrice"]

    /// The tender's free-text fields and the `sections` name each is read under, in the order they are listed.
    static let proseFields: [(ocds: String, section: String)] = [
        ("eligibilityCriteria", "eligibility"), ("conditionsForParticipation", "conditions-for-participation"),
        ("submissionMethodDetails", "submission"), ("procurementMethodDetails", "procurement-method"),
        ("procurementMethodRationale", "procurement-method-rationale"), ("awardCriteriaDetails", "award-criteria"),
    ]

    /// The policy the tender describes.
    func draft() -> PolicyDraft {
        let whole = release.span
        let kind = self.kind
        var entries: [PolicyDraft.Entry] = [
            entry("policy", .number(1, at: whole), key: nil),
            entry("id", .text(id, at: release["ocid"]?.span ?? tender["id"]?.span ?? whole), key: release.pair("ocid")),
            entry("title", .text(title, at: (tender["title"] ?? release["ocid"])?.span ?? whole), key: tender.pair("title")),
            entry("kind", .text(kind.value, at: kind.span), key: nil),
        ]
        if let owner = text(release["buyer"]?["name"]) ?? text(tender["procuringEntity"]?["name"]) {
            entries.append(entry("owner", owner, key: nil))
        }
        if let summary = copied(tender["description"]) { entries.append(entry("summary", summary, key: tender.pair("description"))) }
        if let funding = funding() { entries.append(entry("funding", funding, key: tender.pair("value"))) }
        if let process = process() { entries.append(entry("process", process, key: nil)) }
        let sections = Self.proseFields.compactMap { field -> PolicyDraft.Entry? in
            copied(tender[field.ocds]).map { entry(field.section, $0, key: tender.pair(field.ocds)) }
        }
        if !sections.isEmpty { entries.append(entry("sections", .mapping(sections, tender.span), key: nil)) }
        return .mapping(entries, whole)
    }

    /// The policy id: the release's `ocid` (or the tender's `id`) in lower case, with dashes for anything else.
    var id: String {
        let raw = text(of: release["ocid"]) ?? text(of: tender["id"]) ?? ""
        var slug = ""
        for scalar in raw.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "ocds-tender" : slug
    }

    /// The tender's title, or its release's `ocid` when it has none.
    var title: String {
        text(of: tender["title"]) ?? text(of: release["ocid"]) ?? "OCDS tender"
    }

    /// The policy kind: a framework or dynamic market when the tender's `techniques` say so, otherwise a contract.
    var kind: (value: String, span: SourceSpan) {
        let techniques = tender["techniques"]
        if let flag = techniques?["hasFrameworkAgreement"], flag.scalar?.value == .bool(true) { return ("framework", flag.span) }
        if let flag = techniques?["hasDynamicPurchasingSystem"], flag.scalar?.value == .bool(true) { return ("dynamic-market", flag.span) }
        return ("contract", (tender["procurementMethod"] ?? tender).span)
    }

    /// `funding`: the tender's value and currency, and the contract period in months.
    private func funding() -> PolicyDraft? {
        var entries: [PolicyDraft.Entry] = []
        if let value = tender["value"] {
            if let amount = value["amount"], let number = Self.number(amount), number >= 0 {
                entries.append(entry("total", .number(number, at: amount.span), key: value.pair("amount")))
            }
            if let currency = value["currency"], let code = text(of: currency) {
                entries.append(entry("currency", .text(code, at: currency.span), key: value.pair("currency")))
            }
        }
        if let (months, span) = contractMonths() {
            entries.append(entry("duration_months", .number(Double(months), at: span), key: tender.pair("contractPeriod")))
        }
        return entries.isEmpty ? nil : .mapping(entries, (tender["value"] ?? tender).span)
    }

    /// The contract period in whole months (at least one), from its `durationInDays` or its start and end dates.
    private func contractMonths() -> (Int, SourceSpan)? {
        guard let period = tender["contractPeriod"] else { return nil }
        var days: Double?
        if let duration = period["durationInDays"], let number = Self.number(duration) {
            days = number
        } else if let start = Self.date(period["startDate"]).flatMap(CalendarDate.parse),
                  let end = Self.date(period["endDate"]).flatMap(CalendarDate.parse), start <= end {
            days = Double(CalendarDate.days(from: start, to: end))
        }
        guard let days, days > 0, days < 365_000 else { return nil }
        return (max(1, Int((days / 30.4375).rounded())), period.span)
    }

    /// `process`: who may bid, the tender period, how bids are submitted, lots and price-only award.
    private func process() -> PolicyDraft? {
        var entries: [PolicyDraft.Entry] = []
        if let method = tender["procurementMethod"], let code = text(of: method) {
            if Self.invitationMethods.contains(code) {
                entries.append(entry("access", .text("invitation", at: method.span), key: tender.pair("procurementMethod")))
            } else if code == "open" {
                entries.append(entry("access", .text("open", at: method.span), key: tender.pair("procurementMethod")))
            }
        }
        if let period = tender["tenderPeriod"], let opens = period["startDate"], let closes = period["endDate"],
           let first = Self.date(opens), let last = Self.date(closes), first <= last {
            entries.append(entry("opens", .text(first, at: opens.span), key: period.pair("startDate")))
            entries.append(entry("closes", .text(last, at: closes.span), key: period.pair("endDate")))
        }
        if let methods = tender["submissionMethod"], let items = methods.sequence {
            var seen: Set<String> = []
            let channels = items.compactMap { item -> PolicyDraft? in
                guard let code = text(of: item), let channel = Self.channels[code], seen.insert(channel).inserted else { return nil }
                return .text(channel, at: item.span)
            }
            if !channels.isEmpty {
                let application = PolicyDraft.mapping([entry("channels", .list(channels, methods.span), key: tender.pair("submissionMethod"))], methods.span)
                entries.append(entry("application", application, key: nil))
            }
        }
        if let lots = tender["lots"], let items = lots.sequence, !items.isEmpty {
            entries.append(entry("lots", .number(Double(items.count), at: lots.span), key: tender.pair("lots")))
        }
        if let criteria = tender["awardCriteria"], let code = text(of: criteria), Self.priceOnlyCriteria.contains(code) {
            let price = PolicyDraft.mapping([entry("name", .text("price", at: criteria.span), key: nil),
                                             entry("weight", .number(100, at: criteria.span), key: nil)], criteria.span)
            let assessment = PolicyDraft.mapping([entry("criteria", .list([price], criteria.span), key: tender.pair("awardCriteria"))], criteria.span)
            entries.append(entry("assessment", assessment, key: nil))
        }
        return entries.isEmpty ? nil : .mapping(entries, tender.span)
    }

    /// An entry whose key spans the OCDS key it came from (or, without one, the value).
    private func entry(_ key: String, _ value: PolicyDraft, key original: YAMLPair?) -> PolicyDraft.Entry {
        PolicyDraft.Entry(key: key, keySpan: original?.key.span ?? value.span, value: value)
    }

    /// A non-empty string scalar's text.
    private func text(of node: YAMLNode?) -> String? {
        guard let scalar = node?.scalar, case .string(let text) = scalar.value else { return nil }
        let trimmed = text.trimmingSpaces
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A non-empty string scalar as text at its own span.
    private func text(_ node: YAMLNode?) -> PolicyDraft? {
        guard let node, let value = text(of: node) else { return nil }
        return .text(value, at: node.span)
    }

    /// A non-empty string scalar as it is written, so prose findings are located inside it.
    private func copied(_ node: YAMLNode?) -> PolicyDraft? {
        guard let node, let scalar = node.scalar, case .string = scalar.value, text(of: node) != nil else { return nil }
        return .scalar(scalar.text, scalar.style, node.span)
    }

    /// A number written as a number, or as text that is one (some publishers quote amounts).
    private static func number(_ node: YAMLNode) -> Double? {
        switch node.scalar?.value {
        case .int(let value)?: return Double(value)
        case .float(let value)? where value.isFinite: return value
        case .string(let text)?: return Double(text.trimmingSpaces).flatMap { $0.isFinite ? $0 : nil }
        default: return nil
        }
    }

    /// The `YYYY-MM-DD` that begins an OCDS date-time, when it is a real date.
    private static func date(_ node: YAMLNode?) -> String? {
        guard let scalar = node?.scalar, case .string(let text) = scalar.value else { return nil }
        let day = String(text.trimmingSpaces.prefix(10))
        return CalendarDate.parse(day) == nil ? nil : day
    }
}
