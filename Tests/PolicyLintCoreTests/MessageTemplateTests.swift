import XCTest
import PolicyCondition
@testable import PolicyLintCore

/// Message templates: placeholders are checked when the rulebook loads, and problems point into the template.
final class MessageTemplateTests: XCTestCase {
    private let environment = PolicyTypes.environment(parameters: [:])

    private func problem(_ source: String) -> MessageTemplate.Problem? {
        do {
            _ = try MessageTemplate(source, environment: environment)
            return nil
        } catch {
            return error
        }
    }

    func testPlaceholdersFiltersAndLiteralBracesRender() throws {
        let template = try MessageTemplate("Awards up to {funding.award.max | money} {{not a placeholder}}.", environment: environment)
        let bindings: [String: CELValue] = ["funding": .map(CELMap([(.string("award"), .map(CELMap([(.string("max"), .int(2500))])))]))]
        XCTAssertEqual(template.render(bindings, currency: "GBP"), "Awards up to £2,500 {not a placeholder}.")
    }

    func testAPlaceholderLeftOpenIsReportedWhereItOpensEvenWhenAnotherFollows() throws {
        let open = try XCTUnwrap(problem("Up to {funding.award.max | money, then {funding.total}."))
        XCTAssertTrue(open.message.contains("never closed"), open.message)
        XCTAssertEqual(open.offset, 6)
        XCTAssertTrue(try XCTUnwrap(problem("Up to {funding.award.max")).message.contains("never closed"))
    }

    func testAnUnknownFilterIsNamedWithASuggestion() throws {
        let unknown = try XCTUnwrap(problem("Up to {funding.award.max | mony}."))
        XCTAssertTrue(unknown.message.contains("unknown filter 'mony' (did you mean 'money'?)"), unknown.message)
        XCTAssertEqual(unknown.offset, 26)
    }

    func testAValueWithLineBreaksIsRenderedOnOneLine() throws {
        let template = try MessageTemplate("Applicants must hold {eligibility.accreditations | list}.", environment: environment)
        let accreditations: [CELValue] = [.string("ISO 9001\n::add-mask::secret"), .string("CHAS\r\n\u{2028} Gold\u{1B}[31m")]
        let bindings: [String: CELValue] = ["eligibility": .map(CELMap([(.string("accreditations"), .list(accreditations))]))]
        XCTAssertEqual(template.render(bindings, currency: nil), "Applicants must hold ISO 9001 ::add-mask::secret and CHAS Gold [31m.")
    }

    func testDaysReadAsWordsAndNoWindowIsZeroDays() throws {
        let template = try MessageTemplate("Open for {process.window_days | days}.", environment: environment)
        func rendered(_ days: Int) -> String {
            template.render(["process": .map(CELMap([(.string("window_days"), .int(Int64(days)))]))], currency: nil)
        }
        XCTAssertEqual(rendered(0), "Open for less than a day.", "opening and closing on one day")
        XCTAssertEqual(rendered(1), "Open for 1 day.")
        XCTAssertEqual(rendered(1_200), "Open for 1,200 days.")
    }
}
