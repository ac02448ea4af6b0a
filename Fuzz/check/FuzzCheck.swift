import PolicyLintCore
import PolicyYAML

/// The engine is compiled once and reused, as a real run does.
private let engine = try? RuleSetBuilder(rulebookPaths: []).engine(selection: RuleSelection(preview: true))

/// libFuzzer entry: a whole check must produce findings, never a crash, for any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCheck(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = SourceText(name: "fuzz.yaml", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let report = Linter(engine: engine).check(source)
    for finding in report.findings {
        precondition(finding.location.span.start.line >= 1, "finding without a line")
    }
    return 0
}
