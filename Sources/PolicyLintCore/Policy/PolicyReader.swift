import PolicyCondition
import PolicyYAML

/// Reads a policy file into validated documents, turning every problem into a located finding.
public struct PolicyReader: Sendable {
    /// Limits on the YAML input.
    public let limits: YAMLLimits
    private let validator = FormatValidator(unknownKeySeverity: .warning)

    /// Creates a reader.
    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// What reading one file produced.
    public struct Result: Sendable {
        /// The policies that could be read (possibly with format findings).
        public var documents: [PolicyDocument]
        /// Input and format findings.
        public var findings: [Finding]
    }

    /// Reads and validates every document in `source`.
    public func read(_ source: SourceText) -> Result {
        let documents: [YAMLDocument]
        do {
            // An empty document (a trailing `---`, or one left between two policies) holds no policy, so is skipped.
            documents = try YAMLLoader.load(source, limits: limits).filter { !Self.isEmpty($0) }
        } catch {
            return Result(documents: [], findings: [Self.finding(for: error, in: source)])
        }
        if documents.isEmpty {
            let finding = Finding(ruleID: "empty-file", severity: .error, category: .input,
                                  message: "the file holds no policy: it is empty or only comments",
                                  location: Location(source: source, span: SourceSpan(at: .start)))
            return Result(documents: [], findings: [finding])
        }
        var result = Result(documents: [], findings: [])
        // An OCDS document may hold several tenders, each checked as a policy: the file's documents are then numbered
        // in turn, so every policy has its own index.
        let holdsOCDS = documents.contains { OCDSDocument.marker(of: $0) != nil }
        var next = 0
        for document in documents {
            guard let marker = OCDSDocument.marker(of: document) else {
                append(holdsOCDS ? YAMLDocument(root: document.root, index: next, span: document.span) : document, from: source, to: &result)
                next += 1
                continue
            }
            let tenders = OCDSDocument.tenders(in: document.root)
            if tenders.isEmpty {
                result.findings.append(OCDSDocument.withoutTender(marker, document: YAMLDocument(root: document.root, index: next, span: document.span), in: source))
                next += 1
            }
            for tender in tenders {
                append(YAMLDocument(root: tender.draft().node(), index: next, span: document.span), from: source, to: &result)
                next += 1
            }
        }
        return result
    }

    /// Validates one policy document, adding it (when it can be read) and its format findings to `result`.
    private func append(_ document: YAMLDocument, from source: SourceText, to result: inout Result) {
        var (value, issues) = validator.validate(document.root, as: PolicyFormat.root)
        var policy: PolicyDocument?
        if case .map(let map)? = value {
            issues += PolicyFormat.orders.compactMap { $0.issue(in: document.root, values: map) }
            policy = PolicyDocument(source: source, document: document, value: map)
        }
        for issue in issues {
            result.findings.append(Finding(ruleID: issue.id, severity: issue.severity, category: .format, message: issue.message,
                                           location: Location(source: source, span: issue.span),
                                           nodePath: issue.path.isRoot ? nil : issue.path.description,
                                           policyID: policy?.id, documentIndex: document.index))
        }
        if let policy { result.documents.append(policy) }
    }

    /// Whether `document` holds nothing at all: no value after its `---`, only comments or blank lines. An explicit
    /// null (`~`, `null`), a quoted empty string or a tagged value is something written, so is still checked.
    static func isEmpty(_ document: YAMLDocument) -> Bool {
        guard document.root.tag == nil, let scalar = document.root.scalar else { return false }
        return scalar.style == .plain && scalar.text.isEmpty
    }

    /// The finding for a YAML error.
    static func finding(for error: YAMLError, in source: SourceText) -> Finding {
        let id: String
        switch error.kind {
        case .syntax: id = "invalid-yaml"
        case .encoding: id = "invalid-encoding"
        case .binary: id = "binary-file"
        case .tooLarge: id = "file-too-large"
        case .tooDeep: id = "nesting-too-deep"
        case .aliasExpansion: id = "alias-bomb"
        case .duplicateKey: id = "duplicate-key"
        case .unsupported: id = "unsupported-yaml"
        case .tag: id = "forbidden-tag"
        }
        return Finding(ruleID: id, severity: .error, category: .input, message: error.message,
                       location: Location(source: source, span: error.span))
    }
}
