import Foundation
import PolicyCondition
import PolicyYAML

/// Checks a YAML tree against a format defined as data and builds the typed value conditions read.
///
/// Invalid parts are reported and left out of the value, so a rule never sees a wrong type.
public struct FormatValidator: Sendable {
    /// The severity of a key the format does not define: a warning in policies, an error in rulebooks and configs.
    public let unknownKeySeverity: Severity
    /// The syntax the file is written in, which its hints about quoting and spelling values speak of.
    public let syntax: Syntax

    /// The syntax of a file: YAML, or JSON (which YAML reads as it is, but whose rules for writing values differ).
    public enum Syntax: Sendable {
        /// YAML 1.2, as policies, configs, rulebooks and waivers files are written.
        case yaml
        /// JSON, as baselines are written.
        case json
    }

    /// Creates a validator for a file written in `syntax`.
    public init(unknownKeySeverity: Severity, syntax: Syntax = .yaml) {
        self.unknownKeySeverity = unknownKeySeverity
        self.syntax = syntax
    }

    /// Validates `node` as `type`, returning the typed value (nil when absent or invalid) and the issues.
    public func validate(_ node: YAMLNode, as type: FieldType) -> (value: CELValue?, issues: [FormatIssue]) {
        var issues: [FormatIssue] = []
        let value = check(node, type, name: "document", issues: &issues)
        return (value, issues)
    }

    private func check(_ node: YAMLNode, _ type: FieldType, name: String, issues: inout [FormatIssue]) -> CELValue? {
        switch type {
        case .object(let fields): return checkObject(node, fields, name: name, issues: &issues)
        case .dictionary(let valueType):
            guard let pairs = mapping(node, type, name: name, issues: &issues) else { return nil }
            var entries: [(CELValue, CELValue)] = []
            for pair in pairs {
                if let value = check(pair.value, valueType, name: pair.keyText, issues: &issues) {
                    entries.append((.string(pair.keyText), value))
                }
            }
            return .map(CELMap(entries))
        case .list(let itemType):
            guard let items = node.sequence else {
                issues.append(wrongType(node, type, name: name, hint: node.scalar != nil ? "; write a list such as [\(node.scalar?.text ?? "")]" : ""))
                return nil
            }
            return .list(items.compactMap { check($0, itemType, name: name, issues: &issues) })
        case .oneOf(let types):
            for candidate in types {
                var trial: [FormatIssue] = []
                if let value = check(node, candidate, name: name, issues: &trial), trial.isEmpty { return value }
            }
            issues.append(wrongType(node, type, name: name, hint: wordHint(node, among: types)))
            return nil
        default:
            return checkScalar(node, type, name: name, issues: &issues)
        }
    }

    private func mapping(_ node: YAMLNode, _ type: FieldType, name: String, issues: inout [FormatIssue]) -> [YAMLPair]? {
        if let pairs = node.mapping { return pairs }
        issues.append(wrongType(node, type, name: name))
        return nil
    }

    private func checkObject(_ node: YAMLNode, _ fields: [Field], name: String, issues: inout [FormatIssue]) -> CELValue? {
        guard let pairs = mapping(node, .object(fields), name: name, issues: &issues) else { return nil }
        var entries: [(CELValue, CELValue)] = []
        let names = fields.filter { !$0.isDerived }.map(\.name)
        for pair in pairs {
            let key = pair.keyText
            guard let field = fields.first(where: { $0.name == key }) else {
                // `x-` keys are extensions (as in OpenAPI): a place for local metadata and anchors, never checked.
                if key.hasPrefix(Self.extensionPrefix) { continue }
                issues.append(unknownKey(pair, known: names, parent: node.path))
                continue
            }
            if let source = field.derivedFrom {
                issues.append(FormatIssue(id: "derived-field", severity: .error,
                                          message: "'\(key)' is computed from \(source); remove it from the file",
                                          span: pair.key.span, path: pair.value.path))
                continue
            }
            if field.required == false, pair.value.scalar?.value == .null, pair.value.tag == nil { continue }
            if field.required, case .string(let text)? = pair.value.scalar?.value, text.allSatisfy(\.isWhitespace) {
                // `reason: ""` says nothing: a required field must say something.
                issues.append(FormatIssue(id: "missing-field", severity: .error,
                                          message: "'\(pair.value.path.isRoot ? key : pair.value.path.description)' is blank; it needs \(field.type.phrase)\(field.example.map { ", such as \($0)" } ?? "")",
                                          span: pair.value.span, path: pair.value.path))
                continue
            }
            // Named by its path (`funding.total`), as the docs write it, so the message says which `total` is meant.
            let path = pair.value.path.isRoot ? key : pair.value.path.description
            if let value = check(pair.value, field.type, name: path, issues: &issues) {
                entries.append((.string(key), value))
            }
        }
        for field in fields where field.required && !pairs.contains(where: { $0.keyText == field.name && $0.value.scalar?.value != .null }) {
            let what = node.path.isRoot ? "the document" : "'\(node.path)'"
            issues.append(FormatIssue(id: "missing-field", severity: .error,
                                      message: "\(what) needs '\(field.name)': \(field.type.phrase)\(field.example.map { ", such as \($0)" } ?? "")",
                                      span: firstLine(of: node), path: node.path.appending(key: field.name)))
        }
        return .map(CELMap(entries))
    }

    /// Keys starting with this are extensions, accepted anywhere and not checked.
    public static let extensionPrefix = "x-"

    private func unknownKey(_ pair: YAMLPair, known: [String], parent: NodePath) -> FormatIssue {
        let key = pair.keyText
        let place = parent.isRoot ? "at the top level" : "in '\(parent)'"
        let message: String
        if key == "<<" {
            message = "merge keys ('<<') are a YAML 1.1 feature that policylint does not apply; write the fields out"
        } else {
            let suggestion = Suggestion.closest(to: key, in: known)
            message = "unknown key '\(key)' \(place)" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "; known keys: " + known.joined(separator: ", "))
        }
        return FormatIssue(id: "unknown-key", severity: unknownKeySeverity, message: message, span: pair.key.span, path: pair.value.path)
    }

    private func checkScalar(_ node: YAMLNode, _ type: FieldType, name: String, issues: inout [FormatIssue]) -> CELValue? {
        guard let scalar = node.scalar else {
            issues.append(wrongType(node, type, name: name))
            return nil
        }
        switch (type, scalar.value) {
        case (.string(let pattern), .string(let text)):
            if let pattern, !PatternCache.matches(pattern, text) {
                // Letters in the wrong case are the likeliest slip ('gbp', 'Fund-2027'), then an underscore for a hyphen
                // ('en_GB' for 'en-GB'): name the spelling that fits.
                let hyphenated = text.replacingOccurrences(of: "_", with: "-")
                let fitting = [text.uppercased(), text.lowercased(), hyphenated, hyphenated.lowercased()].first { PatternCache.matches(pattern, $0) }
                let hint = fitting.map { " (did you mean '\($0)'?)" } ?? ""
                issues.append(invalid(node, "'\(text)' is not a valid value for \(name)\(hint): expected \(type.phrase)"))
                return nil
            }
            return .string(text)
        case (.text, .string(let text)):
            return .string(text)
        case (.boolean, .bool(let flag)):
            return .bool(flag)
        case (.integer(let minimum, let maximum), .int(let number)):
            return checkInteger(node, number, minimum: minimum, maximum: maximum, name: name, issues: &issues)
        case (.integer(let minimum, let maximum), .float(let number)) where Self.isWhole(number):
            // `18.0` is the whole number 18, as JSON Schema's `integer` (and so editors using the schema) accept.
            return checkInteger(node, Int(number), minimum: minimum, maximum: maximum, name: name, issues: &issues)
        case (.number, _), (.money, _), (.fraction, _), (.percent, _):
            return checkNumber(node, scalar, type, name: name, issues: &issues)
        case (.date, .string(let text)):
            guard let date = CalendarDate.parse(text) else {
                issues.append(invalid(node, "'\(text)' is not a real date; write it YYYY-MM-DD, such as 2027-01-10"))
                return nil
            }
            return .timestamp(date)
        case (.enumeration(let words), .string(let text)):
            guard words.contains(text) else {
                let hint = Suggestion.hint(for: text, in: words)
                issues.append(invalid(node, "'\(text)' is not a valid value for \(name)\(hint); expected one of: \(words.joined(separator: ", "))"))
                return nil
            }
            return .string(text)
        default:
            issues.append(wrongType(node, type, name: name, hint: hint(for: scalar, expected: type)))
            return nil
        }
    }

    private func checkInteger(_ node: YAMLNode, _ number: Int, minimum: Int?, maximum: Int?, name: String, issues: inout [FormatIssue]) -> CELValue? {
        if let minimum, number < minimum { issues.append(invalid(node, "'\(name)' is \(number) but must be \(minimum) or more")); return nil }
        if let maximum, number > maximum { issues.append(invalid(node, "'\(name)' is \(number) but must be \(maximum) or less")); return nil }
        return .int(Int64(number))
    }

    /// Whether `number` is a whole number an `Int` holds exactly.
    private static func isWhole(_ number: Double) -> Bool {
        number.isFinite && number == number.rounded(.towardZero) && abs(number) <= 9_007_199_254_740_992
    }

    private func checkNumber(_ node: YAMLNode, _ scalar: YAMLScalar, _ type: FieldType, name: String, issues: inout [FormatIssue]) -> CELValue? {
        let number: Double
        switch scalar.value {
        case .int(let whole): number = Double(whole)
        case .float(let fractional): number = fractional
        default:
            issues.append(wrongType(node, type, name: name, hint: hint(for: scalar, expected: type)))
            return nil
        }
        guard number.isFinite else {
            issues.append(invalid(node, "'\(name)' must be a finite number"))
            return nil
        }
        let bounds: (Double?, Double?)
        switch type {
        case .number(let minimum, let maximum): bounds = (minimum, maximum)
        case .fraction: bounds = (0, 1)
        case .percent: bounds = (0, 100)
        default: bounds = (0, nil)
        }
        if let low = bounds.0, number < low || (bounds.1.map { number > $0 } ?? false) {
            var message = "'\(name)' is \(scalar.text) but must be \(type.phrase)"
            if case .fraction = type, number > 1, number <= 100 { message += "; for \(scalar.text)% write \(NumberText.plain(number / 100))" }
            issues.append(invalid(node, message))
            return nil
        }
        return .double(number)
    }

    private func hint(for scalar: YAMLScalar, expected type: FieldType) -> String {
        let text = scalar.text.trimmingCharacters(in: .whitespaces)
        let language = syntax == .json ? "JSON" : "YAML"
        // A quoted value that would be of the type without its quotes (`max: "600000"`, `required: "true"`).
        if scalar.style != .plain, Self.accepts(type, ScalarValue.resolvePlain(text)) {
            return "; \(language) reads a quoted value as a string, so remove the quotes: \(text)"
        }
        // YAML 1.2 has no digit separators, so `1_000` is text; the number without them is meant.
        if text.contains("_"), !text.hasPrefix("_"), Self.accepts(type, ScalarValue.resolvePlain(text.replacingOccurrences(of: "_", with: ""))) {
            let without = text.replacingOccurrences(of: "_", with: "")
            if syntax == .json { return "; JSON numbers have no digit separators, so write \(without)" }
            return "; YAML 1.2 reads '\(text)' as text, so write it without the underscores: \(without)"
        }
        switch type {
        case .boolean:
            if ["yes", "no", "on", "off", "y", "n", "Yes", "No", "YES", "NO"].contains(text) {
                let meant = ["yes", "on", "y"].contains(text.lowercased()) ? "true" : "false"
                if syntax == .json { return "; JSON's only booleans are true and false, so write \(meant)" }
                return "; YAML 1.2 reads '\(text)' as a string, so write \(meant)"
            }
        case .fraction:
            if text.hasSuffix("%"), let percent = Double(text.dropLast()) {
                // A share of more than the whole has no fraction to suggest.
                guard (0...100).contains(percent) else { return "; a share runs from 0% to 100%, written 0 to 1" }
                return "; write \(NumberText.plain(percent / 100)) for \(text)"
            }
        case .percent:
            if text.hasSuffix("%"), let percent = Double(text.dropLast()) {
                guard (0...100).contains(percent) else { return "; a weight runs from 0 to 100, written without the % sign" }
                return "; write \(NumberText.plain(percent)) without the % sign"
            }
        case .number:
            if text.hasSuffix("%"), let percent = Double(text.dropLast()) { return "; write \(NumberText.plain(percent)) without the % sign" }
        case .money:
            let digits = text.filter { $0.isNumber || $0 == "." }
            if !digits.isEmpty, digits.count < text.count, Double(digits) != nil, text.contains(where: { "£$€,".contains($0) || $0 == "k" }) {
                return "; write the amount as a plain number such as \(digits), with the currency in funding.currency"
            }
        case .string, .text:
            // YAML reads a plain `5`, `2.0` or `true` as a number or a boolean, never as the text written.
            let quoting = syntax == .json ? "put it in double quotes" : "quote it"
            if scalar.style == .plain, case .bool = scalar.value { return "; \(language) reads \(text) as a boolean, so \(quoting) to write it as text: \"\(text)\"" }
            if scalar.style == .plain, scalar.value != .null { return "; \(language) reads \(text) as a number, so \(quoting) to write it as text: \"\(text)\"" }
        case .integer, .date, .enumeration:
            if scalar.style != .plain { return "; remove the quotes" }
        default:
            break
        }
        return ""
    }

    /// Whether a value YAML read as `value` is of `type`, bounds aside: what a quoted value would be without its quotes.
    private static func accepts(_ type: FieldType, _ value: ScalarValue) -> Bool {
        switch (type, value) {
        case (.integer, .int), (.boolean, .bool): return true
        case (.integer, .float(let number)): return isWhole(number)
        case (.number, .int), (.number, .float), (.money, .int), (.money, .float), (.fraction, .int), (.fraction, .float),
             (.percent, .int), (.percent, .float):
            if case .float(let number) = value { return number.isFinite }
            return true
        case (.oneOf(let types), _): return types.contains { accepts($0, value) }
        default: return false
        }
    }

    /// ` (did you mean 'x'?)` when a text scalar is close to a word that one of `types` lists, or an empty string.
    private func wordHint(_ node: YAMLNode, among types: [FieldType]) -> String {
        guard case .string(let text)? = node.scalar?.value else { return "" }
        let words = types.flatMap { type -> [String] in
            if case .enumeration(let words) = type { return words }
            return []
        }
        return Suggestion.hint(for: text, in: words)
    }

    private func wrongType(_ node: YAMLNode, _ type: FieldType, name: String, hint: String = "") -> FormatIssue {
        let found: String
        if let scalar = node.scalar {
            found = scalar.value == .null ? "nothing (null)" : "the \(scalar.value.typeName) '\(scalar.text.prefix(40))'"
        } else {
            found = "a \(node.kindName)"
        }
        return FormatIssue(id: "wrong-type", severity: .error, message: "'\(name)' must be \(type.phrase), but found \(found)\(hint)",
                           span: firstLine(of: node), path: node.path)
    }

    private func invalid(_ node: YAMLNode, _ message: String) -> FormatIssue {
        FormatIssue(id: "invalid-value", severity: .error, message: message, span: node.span, path: node.path)
    }

    /// The node's span cut to its first line, so a message about a whole mapping underlines only its start.
    private func firstLine(of node: YAMLNode) -> SourceSpan {
        guard node.span.end.line > node.span.start.line else { return node.span }
        if let first = node.mapping?.first { return SourceSpan(start: node.span.start, end: first.key.span.end) }
        if let first = node.sequence?.first, first.span.end.line == node.span.start.line {
            return SourceSpan(start: node.span.start, end: first.span.end)
        }
        return SourceSpan(at: node.span.start)
    }
}
