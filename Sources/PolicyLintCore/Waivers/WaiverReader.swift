import Foundation
import PolicyYAML

/// Reads waivers from a policy's `waivers` list or from a waivers file.
public enum WaiverReader {
    /// The well-formed waivers written in a policy (malformed ones are already format findings).
    public static func waivers(in document: PolicyDocument) -> [Waiver] {
        (document.document.root["waivers"]?.sequence ?? []).compactMap { waiver(from: $0, source: document.source, policyID: nil) }
    }

    /// Reads the waivers file at `path` as far as its problems allow: every way it breaks the waivers format, and, when
    /// `knownRules` is given, every entry naming a rule not among them (`unknown-waiver-rule`), each located, whatever
    /// else is wrong with the entry or the file. A file that is not one YAML document stops at that.
    public static func read(path: String, knownRules: [String]?) -> WaiversFileReading {
        let source: SourceText
        do {
            source = try DataFile.source(at: path, kind: .waivers)
        } catch {
            return WaiversFileReading(file: path, sha256: nil, problems: error.errors)
        }
        var reading = WaiversFileReading(file: source.name, sha256: SHA256.hex(source.bytes))
        let root: YAMLNode
        do {
            root = try DataFile.root(source, format: WaiverFormat.file, kind: .waivers, issues: &reading.problems)
        } catch {
            reading.problems = error.errors
            return reading
        }
        let entries = DataFile.list(root["waivers"])
        reading.waivers = entries.compactMap { node in waiver(from: node, source: source, policyID: node["policy"]?.scalar?.text) }
        if let knownRules {
            // A waivers file naming no rule is a broken input, like a config naming no rule (exit 2); a waiver written in
            // a policy is part of the policy and is reported as a finding instead. A rule of the wrong type is already
            // a format problem, so only text is judged.
            for node in entries.compactMap({ $0["rule"] }) {
                guard case .string(let rule)? = node.scalar?.value, !rule.trimmingSpaces.isEmpty, !knownRules.contains(rule) else { continue }
                reading.problems.append(InputError(id: "unknown-waiver-rule",
                                                   message: "waiver names rule '\(rule)', which does not exist\(Suggestion.ruleHint(for: rule, in: knownRules, globs: false)); `policylint rules` lists them",
                                                   source: source, span: node.span))
            }
        }
        reading.problems = InputErrors(reading.problems).inFileOrder.errors
        return reading
    }

    private static func waiver(from node: YAMLNode, source: SourceText, policyID: String?) -> Waiver? {
        guard let rule = node["rule"]?.scalar?.text, let path = node["path"]?.scalar?.text,
              let reason = node["reason"]?.scalar?.text, let approver = node["approver"]?.scalar?.text,
              let expiresText = node["expires"]?.scalar?.text, let expires = CalendarDate.parse(expiresText),
              // A blank reason or approver records no decision (the format reports it), so it accepts nothing.
              !reason.trimmingSpaces.isEmpty, !approver.trimmingSpaces.isEmpty else { return nil }
        var waiver = Waiver(policyID: policyID, rule: rule, path: path, reason: reason, approver: approver, expires: expires,
                            location: Location(source: source, span: node["rule"]?.span ?? node.span))
        if !node.path.isRoot { waiver.entry = node.path.description }
        if policyID != nil, let idNode = node["policy"] { waiver.policyLocation = Location(source: source, span: idNode.span) }
        return waiver
    }
}
