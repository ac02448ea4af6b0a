import PolicyCondition
import PolicyYAML

/// Reads a single-document data file (rulebook, config, waivers, principles) strictly against its format.
///
/// Every error it raises is linked to the page about its kind of file (`DataFileKind.documentation`).
enum DataFile {
    /// The source of the file of `kind` at `path`, or the located error saying why it cannot be read.
    static func source(at path: String, kind: DataFileKind) throws(InputErrors) -> SourceText {
        switch SourceLoader.load(path, limits: .default) {
        case .success(let source): return source
        case .failure(let finding):
            throw InputErrors(InputError(id: finding.ruleID, message: finding.message, location: finding.location)).documented(as: kind)
        }
    }

    /// The validated root mapping of `source`, or every problem as a located input error.
    static func validatedRoot(_ source: SourceText, format: FieldType, kind: DataFileKind, limits: YAMLLimits = .default,
                              checkingFormat: Bool = true) throws(InputErrors) -> YAMLNode {
        guard checkingFormat else { return try root(source, kind: kind, limits: limits) }
        var issues: [InputError] = []
        let root = try root(source, format: format, kind: kind, limits: limits, issues: &issues)
        if !issues.isEmpty { throw InputErrors(issues) }
        return root
    }

    /// The root of `source`, with every way it breaks `format` added to `issues` rather than thrown, so a caller can
    /// read on and find the problems that lie further in; a file that is not one YAML document is thrown.
    static func root(_ source: SourceText, format: FieldType, kind: DataFileKind, limits: YAMLLimits = .default,
                     issues: inout [InputError]) throws(InputErrors) -> YAMLNode {
        let root = try root(source, kind: kind, limits: limits)
        let (_, found) = FormatValidator(unknownKeySeverity: .error).validate(root, as: format)
        issues += found.map { InputError(id: $0.id, message: $0.message, source: source, span: $0.span).documented(as: kind) }
        return root
    }

    /// The root of the single YAML document in `source`, unchecked against any format.
    private static func root(_ source: SourceText, kind: DataFileKind, limits: YAMLLimits) throws(InputErrors) -> YAMLNode {
        let documents: [YAMLDocument]
        do {
            documents = try YAMLLoader.load(source, limits: limits)
        } catch {
            let finding = PolicyReader.finding(for: error, in: source)
            throw InputErrors(InputError(id: finding.ruleID, message: error.message, location: finding.location)).documented(as: kind)
        }
        guard let document = documents.first else {
            throw InputErrors(InputError(id: "empty-file", message: "the \(kind.name) is empty", source: source, span: SourceSpan(at: .start)))
                .documented(as: kind)
        }
        if documents.count > 1 {
            throw InputErrors(InputError(id: "several-documents", message: "a \(kind.name) holds one YAML document, but this file has \(documents.count)",
                                         source: source, span: documents[1].span)).documented(as: kind)
        }
        return document.root
    }

    /// The items of a sequence node, or none.
    static func list(_ node: YAMLNode?) -> [YAMLNode] { node?.sequence ?? [] }

    /// The text of a scalar node, or an empty string.
    static func string(_ node: YAMLNode?) -> String { node?.scalar?.text ?? "" }

    /// The texts of a sequence of scalars.
    static func strings(_ node: YAMLNode?) -> [String] { list(node).compactMap { $0.scalar?.text } }
}
