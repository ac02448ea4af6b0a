import PolicyCondition
@testable import PolicyLintCore
import PolicyYAML

/// libFuzzer entry: the rulebook loader, the condition language and the text-pattern engine must never crash on any input,
/// and the pattern automaton must give the VM's answers.
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
    // The automaton that rules out windows must agree with the VM alone, or a finding could silently go missing.
    if let pattern = try? TextPattern(expression) {
        let sentence = ProseText("Applicants must provide three years of audited accounts and 20% match funding.")
        for text in [sentence, ProseText(expression)] {
            let window = 0..<text.count
            let vmOnly = pattern.firstMatch(in: text, range: window, scratch: PatternScratch(usesAutomata: false))
            precondition(pattern.firstMatch(in: text, range: window, scratch: PatternScratch()) == vmOnly, "automaton and VM disagree")
            precondition(pattern.matches(in: text, range: window, scratch: PatternScratch()) == (vmOnly != nil), "automaton's answer is wrong")
        }
    }
    return 0
}
