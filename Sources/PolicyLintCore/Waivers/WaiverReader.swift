import Foundation
import PolicyYAML

/// Reads waivers from a policy's `waivers` list or from a waivers file.
public enum WaiverReader {
    /// The well-formed waivers written in a policy (malformed ones are already format findings).
    public static func waivers(in document: PolicyDocument) -> [Waiver] {
        (document.document.root["waivers"]?.sequence ?? []).compactMap { waiver(from: $0, source: document.source, policyID: nil) }
    }

    /// The waivers of a waivers file; any problem is a located input error.
    public static func load(path: String) throws(InputErrors) -> [Waiver] {
        let source = try DataFile.source(at: path, kind: .waivers)
        let root = try DataFile.validatedRoot(source, format: WaiverFormat.file, kind: .waivers)
        return DataFile.list(root["waivers"]).compactMap { node in
            waiver(from: node, source: source, policyID: node["policy"]?.scalar?.text)
        }
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
