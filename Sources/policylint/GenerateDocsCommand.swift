import ArgumentParser
import Foundation
import PolicyLintCore

extension PolicyLint {
    /// `policylint generate-docs DIR`: rewrites the generated documentation (maintainers' command).
    struct GenerateDocs: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate-docs",
            abstract: "Regenerate the field reference, JSON Schemas and rule pages under a docs folder.",
            shouldDisplay: false
        )

        @Argument(help: "The docs folder.")
        var directory: String = "docs"

        func validate() throws {
            try EmptyPathCheck.refuse([.init(name: "the docs folder", value: directory, kind: "folder")])
        }

        func run() throws {
            let builder: RuleSetBuilder
            do {
                builder = try RuleSetBuilder(rulebookPaths: [])
            } catch {
                throw InputErrorPrinter.fail(error, colour: false, notDone: "no docs were written")
            }
            let parameters = builder.rulebooks.reduce(into: [String: RuleParameter]()) { $0.merge($1.parameters) { _, new in new } }
            let generator = DocsGenerator(rules: builder.allRules, principles: builder.principles, parameters: parameters)
            let files = generator.files { try? String(contentsOfFile: directory + "/" + $0, encoding: .utf8) }
            try FileManager.default.createDirectory(atPath: directory + "/rules", withIntermediateDirectories: true)
            for (path, text) in files.sorted(by: { $0.key < $1.key }) {
                do {
                    try OutputWriter.write(text, to: directory + "/" + path)
                } catch {
                    throw InputErrorPrinter.failWriting(error, outcome: "writing the docs stopped at that file")
                }
            }
            print("Wrote \(files.count) files under \(directory)/.")
        }
    }
}
