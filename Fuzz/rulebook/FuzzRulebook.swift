import PolicyCondition
import PolicyLintCore
import PolicyYAML

/// libFuzzer entry: the rulebook loader, the condition language and the text-pattern engine must never crash on any input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRulebook(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let principles = try? PrincipleCatalogues.builtIn() else { return 0 }
    _ = try? RulebookLoader(principles: principles).load(SourceText(name: "fuzz.yaml", bytes: bytes))
    let expression = String(decoding: bytes, as: UTF8.self)
    let environment = PolicyTypes.environment(parameters: [:])
    if let program = try? CELProgram(expression, environment: environment) {
        _ = program.evaluate(["funding": .map(CELMap([(.string("total"), .double(1000))])), "kind": .string("grant")])
    }
    // Patterns are compiled for the VM only when first matched, so match one against a fixed sentence and
    // against the input itself to reach the compiler and the VM.
    if let pattern = try? TextPattern(expression) {
        let sentence = ProseText("Applicants must provide three years of audited accounts and 20% match funding.")
        _ = pattern.firstMatch(in: sentence, range: 0..<sentence.count)
        let own = ProseText(expression)
        _ = pattern.firstMatch(in: own, range: 0..<own.count)
    }
    return 0
}
