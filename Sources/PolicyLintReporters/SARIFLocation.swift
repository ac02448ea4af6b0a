/// A SARIF `location`: the file region a result points at and the policy node it names.
struct SARIFLocation: Encodable {
    /// The file and region.
    struct PhysicalLocation: Encodable {
        /// The file.
        let artifactLocation: ArtifactLocation
        /// The span.
        let region: Region
    }

    /// A file named by URI, and its index in `run.artifacts` when listed there.
    struct ArtifactLocation: Encodable {
        /// The file's path as a URI reference (relative paths stay relative).
        let uri: String
        /// `%SRCROOT%` for a relative `uri`: the folder policylint ran in, given by `run.originalUriBaseIds` when known.
        var uriBaseId: String?
        /// Its index in `run.artifacts`.
        var index: Int?
    }

    /// A span: lines and columns (Unicode scalars, end exclusive) and bytes.
    struct Region: Encodable {
        /// The first line.
        let startLine: Int
        /// The first column.
        let startColumn: Int
        /// The last line.
        var endLine: Int?
        /// The column after the last character.
        var endColumn: Int?
        /// The byte offset of the start.
        var byteOffset: Int?
        /// The length in bytes.
        var byteLength: Int?
        /// The text of the span, when the excerpt holds all of it.
        var snippet: SARIFText?
    }

    /// The policy field the result is about.
    struct LogicalLocation: Encodable {
        /// The last component of the path.
        let name: String
        /// The whole node path, such as `funding.match_funding.required`.
        let fullyQualifiedName: String
        /// Always `property`: a key of the policy document.
        let kind: String
    }

    /// The file and region.
    let physicalLocation: PhysicalLocation
    /// The node path, when the finding points at a node.
    let logicalLocations: [LogicalLocation]?
}
