import Foundation
import PolicyYAML

/// Which text fields of a policy a text rule reads: dotted path globs such as `sections.*` or `summary`.
///
/// In a glob, `*` stands for any one key or list index, `**` for any number of steps, `[]` for
/// any list index, and a `*` inside a key for any characters (`sections.eligib*`). With no
/// globs the rule reads every text field (`defaultFields`).
public struct FieldScope: Sendable, Equatable {
    /// The globs as written; empty means the default scope.
    public let globs: [String]
    /// Each glob split into steps once, so matching a field does not split it again.
    private let splitGlobs: [[String]]

    /// Creates a scope from globs.
    public init(_ globs: [String] = []) {
        self.globs = globs
        splitGlobs = globs.map(Self.split)
    }

    /// Scopes are equal when their globs are.
    public static func == (lhs: FieldScope, rhs: FieldScope) -> Bool { lhs.globs == rhs.globs }

    /// Whether the rule reads the field at `path`.
    public func includes(_ path: NodePath) -> Bool {
        includes(steps: Self.steps(of: path))
    }

    /// Whether the rule reads the field whose path `steps(of:)` gave.
    func includes(steps: [String]) -> Bool {
        guard !splitGlobs.isEmpty else { return true }
        return splitGlobs.contains { Self.matches($0[...], steps[...]) }
    }

    /// The steps a glob is matched against: each key, and `[]` for each list index.
    static func steps(of path: NodePath) -> [String] {
        path.components.map { component -> String in
            switch component {
            case .key(let key): return key
            case .index: return "[]"
            }
        }
    }

    /// The steps of a glob: `a.b[].c` → `a`, `b`, `[]`, `c`.
    static func split(_ glob: String) -> [String] {
        glob.replacingOccurrences(of: "[]", with: ".[].").split(separator: ".").map(String.init)
    }

    private static func matches(_ glob: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = glob.first else { return path.isEmpty }
        let rest = glob.dropFirst()
        if first == "**" {
            var tail = path
            while true {
                if matches(rest, tail) { return true }
                guard !tail.isEmpty else { return false }
                tail = tail.dropFirst()
            }
        }
        guard let step = path.first else { return false }
        return stepMatches(first, step) && matches(rest, path.dropFirst())
    }

    private static func stepMatches(_ glob: String, _ step: String) -> Bool {
        if glob == "*" { return true }
        if glob == "[]" { return step == "[]" }
        guard glob.contains("*") else { return glob == step }
        let parts = glob.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        var remainder = Substring(step)
        for (index, part) in parts.enumerated() {
            if index == 0 {
                guard remainder.hasPrefix(part) else { return false }
                remainder = remainder.dropFirst(part.count)
            } else if index == parts.count - 1 {
                return part.isEmpty || remainder.hasSuffix(part)
            } else if let range = remainder.range(of: part) {
                remainder = remainder[range.upperBound...]
            } else {
                return false
            }
        }
        return remainder.isEmpty
    }
}
