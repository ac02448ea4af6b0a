import Foundation

/// Generates realistic-looking policies of a chosen size, fields and prose mixed, from a seed.
struct SyntheticCorpus {
    let count: Int
    let targetBytes: Int
    let seed: UInt64

    private static let sentences = [
        "Applicants must provide three years of audited accounts and evidence of match funding.",
        "No match funding is required, and in-kind contributions such as volunteer time are welcome.",
        "Payments will be made quarterly in arrears on receipt of evidence of spend.",
        "We will pay grants in advance so that groups do not have to find money up front.",
        "The fund is open to any constituted group, including unincorporated associations.",
        "Only registered charities with a minimum income of one hundred thousand pounds may apply.",
        "Applications close fourteen days after the fund opens and must be made through the portal.",
        "You can apply by phone, by video call or in person at one of our drop-in sessions.",
        "The panel includes residents from the communities the fund is meant to serve.",
        "Unsuccessful applicants will receive written feedback within six weeks of the decision.",
        "Providers must hold public liability insurance of ten million pounds when they apply.",
        "We will agree outcomes with each organisation rather than setting targets in advance.",
    ]

    /// The text of policy number `index`.
    func policy(_ index: Int) -> String {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 7919)
        let kind = ["grant", "contract", "framework"][Int(random.next() % 3)]
        let share = Double(random.next() % 40) / 100
        let window = 10 + Int(random.next() % 50)
        var text = """
        policy: 1
        id: synthetic-policy-\(index)
        title: Synthetic Policy \(index)
        kind: \(kind)
        owner: Commissioning Team
        status: draft
        jurisdiction: england
        summary: A generated policy used to measure policylint.
        funding:
          total: \(50_000 + Int(random.next() % 2_000_000))
          currency: GBP
          annual_value: \(20_000 + Int(random.next() % 900_000))
          award: {min: 1000, max: \(5_000 + Int(random.next() % 100_000))}
          duration_months: \(6 + Int(random.next() % 30))
          match_funding: {required: \(random.next() % 2 == 0), share: \(share), in_kind_accepted: \(random.next() % 2 == 0)}
          core_costs: {eligible: \(random.next() % 2 == 0), full_cost_recovery: \(random.next() % 2 == 0)}
          payment: {timing: \(["advance", "arrears", "milestones"][Int(random.next() % 3)]), frequency: quarterly, terms_days: \(Int(random.next() % 90))}
        eligibility:
          legal_forms: [\(["registered-charity, cio", "any", "constituted-group, cic, cio"][Int(random.next() % 3)])]
          min_years_trading: \(Int(random.next() % 5))
          accounts: {years: \(Int(random.next() % 4)), audited: \(random.next() % 2 == 0)}
          min_turnover: \(Int(random.next() % 3_000_000))
          references: {count: \(Int(random.next() % 3)), from: \(["anyone", "public-sector"][Int(random.next() % 2)])}
        risk:
          liability_cap: \(random.next() % 4 == 0 ? "unlimited" : String(1_000_000 + Int(random.next() % 5_000_000)))
          insurance: {required_at: \(["application", "award"][Int(random.next() % 2)]), public_liability: \(Int(random.next() % 10_000_000))}
        process:
          access: \(["open", "invitation", "approved-list"][Int(random.next() % 3)])
          opens: 2027-01-01
          closes: 2027-\(String(format: "%02d", 1 + window / 28))-\(String(format: "%02d", 1 + window % 28))
          application: {channels: [online-portal], formats: [written], languages: [en], word_limit: \(100 + Int(random.next() % 900)), questions: \(Int(random.next() % 30))}
          pre_application_support: \(random.next() % 2 == 0)
          assessment:
            panel: {size: 5, community_members: \(Int(random.next() % 4))}
            criteria:
              - {name: price, weight: \(Int(random.next() % 80))}
              - {name: quality, weight: 20}
            social_value_weight: \(Int(random.next() % 25))
          feedback: \(["none", "written", "on-request"][Int(random.next() % 3)])
          decision_days: \(Int(random.next() % 150))
          lots: \(1 + Int(random.next() % 4))
        monitoring:
          reporting: {frequency: \(["monthly", "quarterly", "annually"][Int(random.next() % 3)])}
          outcomes: \(["set-by-funder", "co-designed"][Int(random.next() % 2)])
        sections:

        """
        var section = 0
        while text.utf8.count < targetBytes {
            text += "  section-\(section): |\n"
            for _ in 0..<6 {
                text += "    " + Self.sentences[Int(random.next() % UInt64(Self.sentences.count))] + "\n"
            }
            section += 1
        }
        return text
    }

    /// Writes the corpus into `directory` and returns the file paths.
    func write(to directory: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try (0..<count).map { index in
            let url = directory.appendingPathComponent(String(format: "policy-%05d.yaml", index))
            try policy(index).write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
    }
}
