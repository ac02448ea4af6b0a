import ArgumentParser
import Foundation
import PolicyLintCore

extension PolicyLint {
    /// `policylint generate-pattern-table`: rewrites the table of shipped patterns' analyses (maintainers' command).
    struct GeneratePatternTable: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate-pattern-table",
            abstract: "Regenerate the analyses of the built-in rulebook's patterns that start-up reads instead of parsing them.",
            shouldDisplay: false
        )

        @Argument(help: "The package root.")
        var packageRoot: String = "."

        func validate() throws {
            try EmptyPathCheck.refuse([.init(name: "the package folder", value: packageRoot, kind: "folder")])
        }

        func run() throws {
            let path = packageRoot + "/" + KnownPatternTable.path
            let source: String
            do {
                source = try KnownPatternTable.generatedSource()
            } catch {
                throw InputErrorPrinter.fail(error, colour: false, notDone: "no table was written")
            }
            do {
                try OutputWriter.write(source, to: path)
            } catch {
                throw InputErrorPrinter.failWriting(error, outcome: "the pattern table was not written")
            }
            print("Wrote \(path); rebuild so the binary uses it.")
        }
    }
}
