import ArgumentParser
import PolicyLintCore

extension PolicyLint {
    /// `policylint principles`: lists the principles rules serve.
    struct Principles: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "principles", abstract: "List the principles catalogues (MATCH, Co-operative Councils, IVAR) and their principles.")

        func run() throws {
            let catalogues: PrincipleCatalogues
            do {
                catalogues = try PrincipleCatalogues.builtIn()
            } catch {
                throw InputErrorPrinter.fail(error, colour: false, notDone: "no principles were listed")
            }
            var out = ""
            for catalogue in catalogues.catalogues {
                out += "\(catalogue.title) [\(catalogue.id)]\n  \(catalogue.source)\n"
                for principle in catalogue.principles {
                    out += "  \(principle.id.padding(toLength: 36, withPad: " ", startingAt: 0)) \(principle.title)\n"
                }
                out += "\n"
            }
            print(out, terminator: "")
        }
    }
}
