import PolicyCondition
import PolicyLintCore
import PolicyYAML

/// libFuzzer entry: the rulebook loader and the condition language must never crash on any input.
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
    return 0
}
