import XCTest
import PolicyLintTestSupport

/// An OCDS release, release package, record or record package is checked through its tenders, each read as a policy,
/// with findings at the release's own lines.
final class OCDSInputTests: ScratchFolderTestCase {
    /// A release whose tender is open for two days and taken only through a portal, for a price-only award.
    private let release = """
    {
      "ocid": "ocds-213czf-000-00001",
      "id": "1",
      "date": "2027-01-04T09:00:00Z",
      "tender": {
        "title": "Community cleaning contract",
        "value": {"amount": 90000, "currency": "GBP"},
        "procurementMethod": "open",
        "submissionMethod": ["electronicSubmission"],
        "awardCriteria": "priceOnly",
        "tenderPeriod": {"startDate": "2027-01-04T09:00:00Z", "endDate": "2027-01-06T12:00:00Z"},
        "submissionMethodDetails": "<p>Read the notice.</p><p>Your completed response&nbsp;is to be lodged electronically via this web page.</p>"
      }
    }

    """

    func testAReleaseIsCheckedAsThePolicyItsTenderDescribes() throws {
        try write(release, to: "release.json")
        let outcome = try run(["check", "release.json", "--format", "concise", "--isolated"])
        XCTAssertEqual(outcome.exitCode, 1, outcome.stdout)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        // Each finding is at the OCDS field it comes from: the end of the tender period (its opening quote), and the
        // keys of the submission methods and the award criteria (read as lists).
        XCTAssertTrue(lines.contains { $0.hasPrefix("release.json:\(position(of: "2027-01-06T12", in: release, offset: -1)): error[very-short-application-window] Applications close 2 days after they open") }, outcome.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("release.json:\(position(of: "submissionMethod\"", in: release, offset: -1)): warning[online-only-application]") }, outcome.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("release.json:\(position(of: "\"awardCriteria", in: release)): info[price-weighted-heavily]") }, outcome.stdout)
        // The HTML is read as words: the phrase is found after a tag and a character reference, at its own column.
        XCTAssertTrue(lines.contains { $0.hasPrefix("release.json:\(position(of: "is to be lodged", in: release)): warning[online-only-in-prose] The text accepts applications online only: \"is to be lodged electronically\"") }, outcome.stdout)
        XCTAssertFalse(outcome.stdout.contains("unknown-key"), outcome.stdout)
    }

    func testTheJSONReportNamesThePolicyByItsOcid() throws {
        try write(release, to: "release.json")
        let outcome = try run(["check", "release.json", "--format", "json", "--isolated"])
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let findings = try XCTUnwrap(report["findings"] as? [[String: Any]])
        XCTAssertFalse(findings.isEmpty)
        XCTAssertEqual(Set(findings.compactMap { $0["policy"] as? String }), ["ocds-213czf-000-00001"])
    }

    func testAPackageIsCheckedThroughTheLatestTenderOfEachProcess() throws {
        // The first process's later release gives six weeks; the second process is open for one day.
        let package = """
        {"uri": "https://example.org/package.json", "publishedDate": "2027-02-01T00:00:00Z", "releases": [
          {"ocid": "ocds-a-1", "id": "1", "date": "2027-01-04T00:00:00Z", "tender": {"title": "First", "tenderPeriod": {"startDate": "2027-01-04", "endDate": "2027-01-06"}}},
          {"ocid": "ocds-a-2", "id": "1", "date": "2027-01-05T00:00:00Z", "tender": {"title": "Second", "tenderPeriod": {"startDate": "2027-01-05", "endDate": "2027-01-06"}}},
          {"ocid": "ocds-a-1", "id": "2", "date": "2027-01-05T00:00:00Z", "tender": {"title": "First", "tenderPeriod": {"startDate": "2027-01-04", "endDate": "2027-02-15"}}},
          {"ocid": "ocds-a-1", "id": "3", "date": "2027-03-01T00:00:00Z", "awards": [{"id": "1"}]}
        ]}

        """
        try write(package, to: "package.json")
        let outcome = try run(["check", "package.json", "--format", "concise", "--isolated"])
        let windows = outcome.stdout.split(separator: "\n").filter { $0.contains("application-window") }
        XCTAssertEqual(windows.count, 1, outcome.stdout)
        XCTAssertTrue(windows.first?.hasPrefix("package.json:3:") ?? false, outcome.stdout)
    }

    func testARecordIsCheckedThroughItsCompiledRelease() throws {
        let record = """
        {"ocid": "ocds-b-1", "releases": [{"url": "https://example.org/1.json", "date": "2027-01-01T00:00:00Z"}],
         "compiledRelease": {"ocid": "ocds-b-1", "tender": {"title": "Meals", "submissionMethod": ["inPerson"],
           "tenderPeriod": {"startDate": "2027-01-01", "endDate": "2027-01-03"}}}}

        """
        try write(record, to: "record.json")
        let outcome = try run(["check", "record.json", "--format", "concise", "--isolated"])
        XCTAssertTrue(outcome.stdout.contains("record.json:\(position(of: "2027-01-03", in: record, offset: -1)): error[very-short-application-window]"), outcome.stdout)
        XCTAssertFalse(outcome.stdout.contains("online-only"), outcome.stdout)
    }

    func testAReleaseWithoutATenderIsOneWarningAndDoesNotFailTheRun() throws {
        try write("{\n  \"ocid\": \"ocds-213czf-1\",\n  \"id\": \"2\",\n  \"awards\": [{\"id\": \"1\"}]\n}\n", to: "award.json")
        let outcome = try run(["check", "award.json", "--format", "concise", "--isolated"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stdout)
        let lines = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix("award.json:") }
        XCTAssertEqual(lines, ["award.json:2:3: warning[ocds-without-tender] this OCDS release holds no tender, so there is nothing to check: policylint reads the `tender` of each release (docs/ocds.md)"], outcome.stdout)
    }

    /// The `line:column` of the first `needle` in `text` (plus `offset` columns), counted in characters.
    private func position(of needle: String, in text: String, offset: Int = 0) -> String {
        guard let range = text.range(of: needle) else { return "?" }
        let before = text[..<range.lowerBound]
        let line = before.split(separator: "\n", omittingEmptySubsequences: false).count
        let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
        return "\(line):\(column + offset)"
    }

    func testAPolicyIsNeverTakenForOCDS() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml") + "tender: {title: x}\n", to: "micro.yaml")
        let outcome = try run(["check", "micro.yaml", "--format", "concise"])
        XCTAssertFalse(outcome.stdout.contains("ocds"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("unknown key 'tender'"), outcome.stdout)
    }

    func testTheSharedOCDSSamplesAreCheckedWithoutInputErrors() throws {
        guard let shared = PackagePaths.shared else { throw XCTSkip("../shared is absent, so there are no OCDS samples to check") }
        let folder = shared.appendingPathComponent("data/ocds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        guard !names.isEmpty else { throw XCTSkip("no OCDS samples in \(folder.path)") }
        for name in names {
            try write(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), to: name)
            let outcome = try run(["check", name, "--format", "concise", "--isolated"])
            XCTAssertNotEqual(outcome.exitCode, 2, "\(name): \(outcome.stdout)")
            XCTAssertFalse(outcome.stdout.contains("ocds-without-tender"), "\(name): \(outcome.stdout)")
            // The two-day tender period of the ProZorro record is found at its tender period.
            if name.hasPrefix("prozorro") {
                XCTAssertTrue(outcome.stdout.contains("\(name):4703:20: error[very-short-application-window] Applications close 2 days after they open"), outcome.stdout)
            }
            // The NSW notice names the five firms it takes tenders from, in HTML.
            if name.hasPrefix("nsw-etendering-selective-invited-list") {
                XCTAssertTrue(outcome.stdout.contains("error[invitation-only-in-prose]"), outcome.stdout)
            }
        }
    }
}
