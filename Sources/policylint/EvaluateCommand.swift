import ArgumentParser
import Foundation
import PolicyLintCore

extension PolicyLint {
    /// `policylint evaluate FILE`: measures the text rules on a labelled set of sentences.
    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evaluate",
            abstract: "Measure the text rules' precision and recall on a labelled set of sentences.",
            discussion: """
            The file is tab-separated: the expected kinds (text rule ids, comma-separated, or 'none') and a sentence.
            Exit codes: 0 figures printed (and at or above --min-precision and --min-recall); 1 below them; 2 unreadable file or bad rulebook.
            """
        )

        /// Output formats.
        enum EvaluationFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Argument(help: ArgumentHelp("The labelled sentences.", valueName: "file"))
        var file: String = "eval/prose-sentences.tsv"

        @Option(help: "Output format: text or json.")
        var format: EvaluationFormat = .text

        @Flag(help: "List every sentence the rules got wrong.")
        var showMistakes = false

        @Option(help: ArgumentHelp("Exit 1 when overall precision is below this (0 to 1).", valueName: "fraction"))
        var minPrecision: Double = 0

        @Option(help: ArgumentHelp("Exit 1 when overall recall is below this (0 to 1).", valueName: "fraction"))
        var minRecall: Double = 0

        @OptionGroup var ruleOptions: RuleOptions

        func validate() throws {
            try EmptyPathCheck.refuse([.init(name: "the file of labelled sentences", value: file)])
            guard (0...1).contains(minPrecision), (0...1).contains(minRecall) else {
                throw ValidationError("--min-precision and --min-recall are fractions from 0 to 1")
            }
        }

        func run() throws {
            let evaluation: ProseEvaluation
            do {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw InputError(id: "unreadable-file", message: "\(file): cannot read the file")
                }
                let samples = try ProseEvaluation.samples(in: String(decoding: data, as: UTF8.self), file: file)
                var selection = ruleOptions.selection
                selection.preview = true
                let rules = try ruleOptions.builder().engine(selection: selection).rules
                evaluation = ProseEvaluation(samples: samples, rules: rules)
            } catch let error as InputError {
                throw InputErrorPrinter.fail(InputErrors(error), colour: false, notDone: "nothing was evaluated")
            } catch let error as InputErrors {
                throw InputErrorPrinter.fail(error, colour: false, notDone: "nothing was evaluated")
            }
            switch format {
            case .text:
                var out = "Evaluated \(evaluation.sampleCount) sentences from \(file) with \(evaluation.kinds.count) kinds.\n\n"
                out += evaluation.table()
                if showMistakes && !evaluation.mistakes.isEmpty {
                    out += "\nMistakes:\n"
                    for mistake in evaluation.mistakes {
                        out += "  \(file):\(mistake.line): \(mistake.reported ? "reported" : "missed") \(mistake.kind): \(mistake.sentence)\n"
                    }
                }
                print(out, terminator: "")
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(evaluation), as: UTF8.self))
            }
            if evaluation.overall.precision < minPrecision || evaluation.overall.recall < minRecall { throw ExitCode(1) }
        }
    }
}
