import Foundation

/// The accepted set of existing findings, so CI fails only on new ones.
public struct Baseline: Sendable, Equatable, Codable {
    /// One accepted finding.
    public struct Entry: Sendable, Equatable, Codable {
        /// The finding's fingerprint.
        public let fingerprint: String
        /// The rule, for people reading the file.
        public let rule: String
        /// The policy id, for people reading the file.
        public let policy: String?
        /// The node path, for people reading the file.
        public let path: String?
        /// The file where it was found when the baseline was written.
        public let file: String
        /// The message when the baseline was written.
        public let message: String
    }

    /// The baseline file format version.
    public var version: Int
    /// The tool version that wrote it.
    public var tool: String
    /// The accepted findings, sorted by fingerprint.
    public var findings: [Entry]

    /// A baseline of every active finding of a report (input errors are never baselined).
    public init(report: CheckReport) {
        self.init(entries: report.files.flatMap(Self.entries))
    }

    /// A baseline of the given entries.
    public init(entries: [Entry]) {
        version = 1
        tool = "policylint \(PolicyLintVersion.current)"
        findings = entries.sorted { ($0.fingerprint, $0.file) < ($1.fingerprint, $1.file) }
    }

    /// The entries a file's active findings would add to a baseline (input errors are never baselined).
    public static func entries(of file: FileReport) -> [Entry] {
        file.findings.filter { !$0.isInputError && !$0.isWaived }.map {
            Entry(fingerprint: Fingerprint.of($0), rule: $0.ruleID, policy: $0.policyID, path: $0.nodePath,
                  file: $0.location.file, message: $0.message)
        }
    }

    /// Reads a baseline file.
    public static func load(path: String) throws(InputError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(id: "no-such-file", message: "\(path): cannot read the baseline file")
        }
        do {
            let baseline = try JSONDecoder().decode(Baseline.self, from: data)
            guard baseline.version == 1 else {
                throw InputError(id: "invalid-baseline", message: "\(path): baseline version \(baseline.version) is not supported; write a new one with --write-baseline")
            }
            return baseline
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(id: "invalid-baseline", message: "\(path): not a policylint baseline (\(Self.reason(error))); write one with --write-baseline")
        }
    }

    /// What is wrong with a baseline that did not decode, in plain words rather than Foundation's.
    private static func reason(_ error: any Error) -> String {
        /// A coding path as `entries[2].fingerprint`.
        func place(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined().drop { $0 == "." }.description
        }
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            let parent = place(context.codingPath)
            return "'\(key.stringValue)' is missing" + (parent.isEmpty ? "" : " in '\(parent)'")
        case .typeMismatch(let type, let context)?, .valueNotFound(let type, let context)?:
            return "'\(place(context.codingPath))' should be \(type == String.self ? "a string" : type == Int.self ? "a whole number" : "a \(type)")"
        case .dataCorrupted(let context)?:
            return context.codingPath.isEmpty ? "it is not valid JSON" : "'\(place(context.codingPath))' is malformed"
        default:
            return "it could not be read"
        }
    }

    /// The baseline as pretty, stable JSON.
    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) + "\n" } ?? "{}\n"
    }

    /// Marks findings the baseline accepts; each entry accepts one finding, so duplicates beyond the baseline count stay new.
    public func mark(_ report: inout CheckReport) {
        let matcher = matcher()
        for index in report.files.indices { matcher.mark(&report.files[index]) }
    }

    /// A matcher that marks files one at a time, for output that streams.
    public func matcher() -> BaselineMatcher {
        BaselineMatcher(findings.reduce(into: [String: Int]()) { $0[$1.fingerprint, default: 0] += 1 })
    }
}

/// Marks baselined findings file by file, using up each baseline entry once.
public final class BaselineMatcher {
    private var remaining: [String: Int]

    init(_ remaining: [String: Int]) {
        self.remaining = remaining
    }

    /// Marks the findings of `file` that the baseline still has entries for.
    public func mark(_ file: inout FileReport) {
        for index in file.findings.indices where !file.findings[index].isInputError {
            let fingerprint = Fingerprint.of(file.findings[index])
            if let count = remaining[fingerprint], count > 0 {
                remaining[fingerprint] = count - 1
                file.findings[index].isBaselined = true
            }
        }
    }
}
