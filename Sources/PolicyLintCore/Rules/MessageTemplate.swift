import Foundation
import PolicyCondition

/// A rule message with `{expression}` placeholders, optionally formatted: `{funding.match_funding.share | percent}`.
///
/// Filters: `percent` (0.25 → 25%), `money` (in the policy's currency), `days`, `number`, `list`.
/// Write `{{` and `}}` for literal braces.
public struct MessageTemplate: Sendable {
    /// A piece of a template.
    enum Segment: Sendable {
        case text(String)
        case value(CELProgram, filter: String?)
    }

    /// The filters a placeholder may name.
    public static let filters = ["percent", "money", "days", "number", "list"]

    /// The template as written.
    public let source: String
    let segments: [Segment]

    /// A problem in a template: a message and where in the template text it is.
    public struct Problem: Error, Sendable {
        /// What is wrong.
        public let message: String
        /// Offset in Unicode scalars from the start of the template.
        public let offset: Int
        /// Length in Unicode scalars.
        public let length: Int
    }

    /// Compiles a template, checking every placeholder against `environment`.
    public init(_ source: String, environment: CELEnvironment) throws(Problem) {
        self.source = source
        var segments: [Segment] = []
        let scalars = Array(source.unicodeScalars)
        var literal = ""
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "{", index + 1 < scalars.count, scalars[index + 1] == "{" {
                literal.unicodeScalars.append("{")
                index += 2
            } else if scalar == "}", index + 1 < scalars.count, scalars[index + 1] == "}" {
                literal.unicodeScalars.append("}")
                index += 2
            } else if scalar == "{" {
                // A placeholder cannot hold another '{', so one met first means this one was never closed.
                let nextOpen = scalars[(index + 1)...].firstIndex(of: "{") ?? scalars.count
                guard let close = scalars[index...].firstIndex(of: "}"), close < nextOpen else {
                    throw Problem(message: "'{' opens a placeholder that is never closed; write '{{' for a literal brace", offset: index, length: 1)
                }
                if !literal.isEmpty { segments.append(.text(literal)) }
                literal = ""
                segments.append(try Self.placeholder(scalars, from: index + 1, to: close, environment: environment))
                index = close + 1
            } else {
                literal.unicodeScalars.append(scalar)
                index += 1
            }
        }
        if !literal.isEmpty { segments.append(.text(literal)) }
        self.segments = segments
    }

    private static func placeholder(_ scalars: [Unicode.Scalar], from start: Int, to end: Int, environment: CELEnvironment) throws(Problem) -> Segment {
        var body = String(String.UnicodeScalarView(scalars[start..<end]))
        var filter: String?
        if let bar = scalars[start..<end].lastIndex(of: "|"), !(bar > start && scalars[bar - 1] == "|") && !(bar + 1 < end && scalars[bar + 1] == "|") {
            let name = String(String.UnicodeScalarView(scalars[(bar + 1)..<end])).trimmingCharacters(in: .whitespaces)
            guard filters.contains(name) else {
                throw Problem(message: "unknown filter '\(name)'\(Suggestion.hint(for: name, in: filters)); filters are \(filters.joined(separator: ", "))",
                              offset: bar + 1, length: end - bar - 1)
            }
            filter = name
            body = String(String.UnicodeScalarView(scalars[start..<bar]))
        }
        do {
            return .value(try CELProgram(body, environment: environment), filter: filter)
        } catch {
            let first = error.problems.first
            throw Problem(message: first?.message ?? "invalid placeholder", offset: start + (first?.offset ?? 0), length: max(1, first?.length ?? 1))
        }
    }

    /// The message for one finding, on one line; a placeholder that cannot be evaluated shows `?`.
    public func render(_ bindings: [String: CELValue], currency: String?) -> String {
        OneLineText.folded(renderedText(bindings, currency: currency))
    }

    /// The message with every placeholder filled in, as written.
    private func renderedText(_ bindings: [String: CELValue], currency: String?) -> String {
        var text = ""
        for segment in segments {
            switch segment {
            case .text(let literal):
                text += literal
            case .value(let program, let filter):
                if case .value(let value) = program.evaluate(bindings) {
                    text += ValueText.render(value, filter: filter, currency: currency)
                } else {
                    text += "?"
                }
            }
        }
        return text
    }
}
