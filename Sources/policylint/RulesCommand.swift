import ArgumentParser
import Foundation
import PolicyLintCore

extension PolicyLint {
    /// `policylint rules`: lists the rules in force.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rules in force: id, severity, kinds and title, as the nearest config sets them (preview rules with --preview).")

        /// Listing formats.
        enum ListFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

        @Option(help: "Output format: table or json.")
        var format: ListFormat = .table

        @OptionGroup var ruleOptions: RuleOptions

        @OptionGroup var configOptions: ConfigOptions

        func run() throws {
            let rules: [Rule]
            let previewLeftOut: Int
            do {
                // As the working folder's config sets them, so as `check` runs them: its rulebooks' rules too, its
                // severities, none it switches off, and preview rules only where the config or --preview runs them.
                rules = try configOptions.plan(ruleOptions).engine.rules
                let listed = Set(rules.map(\.id))
                previewLeftOut = try configOptions.plan(ruleOptions, listsPreview: true).engine.rules.filter { !listed.contains($0.id) }.count
            } catch {
                throw InputErrorPrinter.fail(error, colour: false, notDone: "no rules were listed")
            }
            switch format {
            case .table:
                let width = max(4, rules.map(\.id.count).max() ?? 0)
                let kindsOf = { (rule: Rule) in rule.appliesTo.isEmpty ? "all" : rule.appliesTo.joined(separator: ",") }
                let kindsWidth = max(5, rules.map { kindsOf($0).count }.max() ?? 0)
                var out = "ID".padding(toLength: width, withPad: " ", startingAt: 0) + "  SEVERITY  "
                    + "KINDS".padding(toLength: kindsWidth, withPad: " ", startingAt: 0) + "  TITLE\n"
                for rule in rules {
                    let kinds = kindsOf(rule)
                    out += rule.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                        + rule.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) + "  "
                        + kinds.padding(toLength: kindsWidth, withPad: " ", startingAt: 0) + "  " + rule.title
                        + (rule.status == .stable ? "" : " (\(rule.status.rawValue))") + "\n"
                }
                out += "\n\(rules.count) rules. `policylint explain ID` tells more about one.\n"
                if previewLeftOut > 0 {
                    out += "\(previewLeftOut) preview \(previewLeftOut == 1 ? "rule is not listed, as it does" : "rules are not listed, as they do") not run; `--preview` lists them too.\n"
                }
                print(out, terminator: "")
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let data = try encoder.encode(rules.map(RuleSummary.init))
                print(String(decoding: data, as: UTF8.self))
            }
        }
    }
}
