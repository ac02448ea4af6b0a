/// The static signatures of built-in functions and operators, keyed by name
/// (method-style functions are prefixed with a dot, e.g. ".contains").
enum BuiltinCatalog {
    /// Names of type values usable as identifiers, e.g. `type(x) == int`.
    static let typeNames: Set<String> = ["int", "uint", "double", "bool", "string", "bytes", "list", "map", "null_type", "type"]

    /// The catalog key for a function name and call style.
    static func key(_ name: String, receiverStyle: Bool) -> String { receiverStyle ? "." + name : name }

    /// All signatures by key. Equality, `@in`, indexing and logical operators are typed by the checker directly.
    static let signatures: [String: [BuiltinSignature]] = {
        var table: [String: [BuiltinSignature]] = [:]
        let numeric: [(TypeKind, CELType)] = [(.int, .int), (.uint, .uint), (.double, .double)]
        let listConcatenation: @Sendable ([CELType]) -> CELType = { types in
            if case .list(let left) = types[0], case .list(let right) = types[1], left == right { return .list(left) }
            return .list(.dyn)
        }
        table["_+_"] = numeric.map { BuiltinSignature([$0.0, $0.0], $0.1) } + [
            BuiltinSignature([.string, .string], .string),
            BuiltinSignature([.bytes, .bytes], .bytes),
            BuiltinSignature([.list, .list], computing: listConcatenation),
            BuiltinSignature([.timestamp, .duration], .timestamp),
            BuiltinSignature([.duration, .timestamp], .timestamp),
            BuiltinSignature([.duration, .duration], .duration),
        ]
        table["_-_"] = numeric.map { BuiltinSignature([$0.0, $0.0], $0.1) } + [
            BuiltinSignature([.timestamp, .timestamp], .duration),
            BuiltinSignature([.timestamp, .duration], .timestamp),
            BuiltinSignature([.duration, .duration], .duration),
        ]
        table["_*_"] = numeric.map { BuiltinSignature([$0.0, $0.0], $0.1) }
        table["_/_"] = numeric.map { BuiltinSignature([$0.0, $0.0], $0.1) }
        table["_%_"] = [BuiltinSignature([.int, .int], .int), BuiltinSignature([.uint, .uint], .uint)]
        table["-_"] = [BuiltinSignature([.int], .int), BuiltinSignature([.double], .double)]
        table["!_"] = [BuiltinSignature([.bool], .bool)]
        var ordering: [BuiltinSignature] = []
        for left in [TypeKind.int, .uint, .double] {
            for right in [TypeKind.int, .uint, .double] { ordering.append(BuiltinSignature([left, right], .bool)) }
        }
        for kind in [TypeKind.string, .bool, .bytes, .timestamp, .duration] {
            ordering.append(BuiltinSignature([kind, kind], .bool))
        }
        for name in ["_<_", "_<=_", "_>_", "_>=_"] { table[name] = ordering }

        let sized = [TypeKind.string, .bytes, .list, .map].map { BuiltinSignature([$0], .int) }
        table["size"] = sized
        table[".size"] = sized
        for name in [".contains", ".startsWith", ".endsWith", ".matches"] {
            table[name] = [BuiltinSignature([.string, .string], .bool)]
        }
        table["matches"] = [BuiltinSignature([.string, .string], .bool)]
        table[".sum"] = [BuiltinSignature([.list], .double)]
        table[".lowerAscii"] = [BuiltinSignature([.string], .string)]
        table[".upperAscii"] = [BuiltinSignature([.string], .string)]

        table["int"] = [TypeKind.int, .uint, .double, .string, .timestamp].map { BuiltinSignature([$0], .int) }
        table["uint"] = [TypeKind.int, .uint, .double, .string].map { BuiltinSignature([$0], .uint) }
        table["double"] = [TypeKind.int, .uint, .double, .string].map { BuiltinSignature([$0], .double) }
        table["string"] = [TypeKind.int, .uint, .double, .bool, .string, .bytes, .timestamp, .duration]
            .map { BuiltinSignature([$0], .string) }
        table["bool"] = [TypeKind.bool, .string].map { BuiltinSignature([$0], .bool) }
        table["bytes"] = [TypeKind.bytes, .string].map { BuiltinSignature([$0], .bytes) }
        table["dyn"] = [BuiltinSignature([.dyn], .dyn)]
        table["type"] = [BuiltinSignature([.dyn], .dyn)]
        table["timestamp"] = [TypeKind.string, .int, .timestamp].map { BuiltinSignature([$0], .timestamp) }
        table["duration"] = [TypeKind.string, .duration].map { BuiltinSignature([$0], .duration) }
        table["date"] = [BuiltinSignature([.string], .timestamp)]

        for name in [".getFullYear", ".getMonth", ".getDate", ".getDayOfMonth", ".getDayOfWeek", ".getDayOfYear"] {
            table[name] = [BuiltinSignature([.timestamp], .int)]
        }
        for name in [".getHours", ".getMinutes", ".getSeconds", ".getMilliseconds"] {
            table[name] = [BuiltinSignature([.timestamp], .int), BuiltinSignature([.duration], .int)]
        }
        table[".inDays"] = [BuiltinSignature([.duration], .int)]
        return table
    }()

    /// Every callable name (without dots), for "did you mean" suggestions.
    static let functionNames: [String] = Array(Set(signatures.keys.filter { !$0.hasPrefix("_") && !$0.hasSuffix("_") }
        .map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 })).sorted()
}
