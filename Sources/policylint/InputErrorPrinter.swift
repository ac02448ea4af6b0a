import ArgumentParser
import PolicyLintCore
import PolicyLintReporters

/// Prints input errors (bad rulebook, config or arguments) with their excerpts and exits with code 2.
enum InputErrorPrinter {
    /// Reports every error to standard error and returns the exit code to throw.
    static func fail(_ errors: InputErrors, colour: Bool) -> ExitCode {
        let file = FileReport(path: "", policyIDs: [], findings: errors.errors.map(\.asFinding), sha256: "")
        let text = TextReporter(concise: false).renderFile(file, context: ReportContext(colour: colour))
        OutputWriter.error(text + "policylint: \(errors.errors.count == 1 ? "1 input error" : "\(errors.errors.count) input errors"); nothing was checked.")
        return ExitCode(2)
    }
}
