import ArgumentParser
import PolicyLintCore
import PolicyLintReporters

/// Prints input errors (bad rulebook, config or arguments) with their excerpts and exits with code 2.
///
/// The closing line says what the command did not do, in its own words ("nothing was checked" for `check`, "no config
/// was written" for `init`), so no command ends with another's verdict.
enum InputErrorPrinter {
    /// Reports every error to standard error, closing with `N input errors; <notDone>.`, and returns the exit code to throw.
    static func fail(_ errors: InputErrors, colour: Bool, notDone: String) -> ExitCode {
        let count = errors.errors.count == 1 ? "1 input error" : "\(errors.errors.count) input errors"
        OutputWriter.error(rendered(errors.errors, colour: colour) + "policylint: \(count); \(notDone).")
        return ExitCode(2)
    }

    /// Reports that output could not be written, closing with `outcome` (such as "the files were checked, but the
    /// output could not be written"), and returns the exit code, 2.
    static func failWriting(_ error: InputError, outcome: String) -> ExitCode {
        OutputWriter.error(rendered([error], colour: false) + "policylint: \(outcome).")
        return ExitCode(2)
    }

    /// The errors as `check` prints findings, with their excerpts.
    private static func rendered(_ errors: [InputError], colour: Bool) -> String {
        let file = FileReport(path: "", policyIDs: [], findings: errors.map(\.asFinding), sha256: nil)
        return TextReporter(concise: false).renderFile(file, context: ReportContext(colour: colour))
    }
}
