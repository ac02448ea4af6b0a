// Temporary stand-in until the condition language module lands; replaced wholesale.
import Foundation
public enum CELValue: Sendable, Equatable, Hashable { case null, bool(Bool), int(Int64), uint(UInt64), double(Double), string(String), bytes([UInt8]), list([CELValue]), map(CELMap), timestamp(Date), duration(Double), type(String) }
public struct CELMap: Sendable, Equatable, Hashable {
    public var entries: [(CELValue, CELValue)] { storage.map { ($0.k, $0.v) } }
    struct E: Sendable, Equatable, Hashable { let k: CELValue; let v: CELValue }
    var storage: [E]
    public init(_ entries: [(CELValue, CELValue)]) { storage = entries.map { E(k: $0.0, v: $0.1) } }
    public subscript(key: CELValue) -> CELValue? { storage.first { $0.k == key }?.v }
}
public indirect enum CELType: Sendable, Equatable { case dyn, null, bool, int, uint, double, string, bytes, timestamp, duration, list(CELType), map(CELType, CELType), object(name: String, fields: [String: CELType]) }
public struct CELEvaluationError: Error, Sendable, Equatable { public let message: String }
public enum CELResult: Sendable, Equatable { case value(CELValue), error(CELEvaluationError) }
public struct CELProblem: Sendable, Equatable { public let message: String; public let offset: Int; public let length: Int }
public struct CELCompileError: Error, Sendable, Equatable { public let problems: [CELProblem] }
public struct CELOverload: Sendable { public init(parameters: [CELType], result: CELType, implementation: @escaping @Sendable ([CELValue]) -> CELResult) {} }
public struct CELFunction: Sendable { public init(name: String, receiverStyle: Bool, overloads: [CELOverload]) {} }
public struct CELEnvironment: Sendable { public init(variables: [String: CELType], functions: [CELFunction] = []) {} }
public struct CELProgram: Sendable {
    public let source: String
    public var resultType: CELType { .dyn }
    public var referencedPaths: [String] { [] }
    public init(_ source: String, environment: CELEnvironment) throws(CELCompileError) { self.source = source }
    public func evaluate(_ bindings: [String: CELValue]) -> CELResult { .value(.bool(false)) }
}
