import ArgumentParser
import PolicyLintCore
import PolicyLintReporters

/// Prints input errors (bad rulebook, config or arguments) with their excerpts and exits with code 2.
enum InputErrorPrinter {
    /// Reports every error to standard error and returns the exit code to throw.
    static func fail(_ errors: InputErrors, colour: Bool) -> ExitCode {
        let file = FileReport(path: "", policyIDs: [], findings: errors.errors.map(\.asFinding), sha256: nil)
        let text = TextReporter(concise: false).renderFile(file, context: ReportContext(colour: colour))
        OutputWriter.error(text + "policylint: \(errors.errors.count == 1 ? "1 input error" : "\(errors.errors.count) input errors"); nothing was checked.")
        return ExitCode(2)
    }

    /// Reports that the output of a run that did check its files could not be written, and returns the exit code, 2.
    static func failWriting(_ error: InputError) -> ExitCode {
        let file = FileReport(path: "", policyIDs: [], findings: [error.asFinding], sha256: nil)
        let text = TextReporter(concise: false).renderFile(file, context: ReportContext(colour: false))
        OutputWriter.error(text + "policylint: the files were checked, but the output could not be written.")
        return ExitCode(2)
    }
}
