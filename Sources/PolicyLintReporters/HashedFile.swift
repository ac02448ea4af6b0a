/// A file named in the sign-off record with the SHA-256 of its bytes, so an audit can show exactly what was in force.
public struct HashedFile: Sendable, Equatable {
    /// The path, relative to the working directory when inside it.
    public let path: String
    /// The hex SHA-256 of its bytes when the report was written; nil when it could not be read again.
    public let sha256: String?

    /// Creates an entry.
    public init(path: String, sha256: String?) {
        self.path = path
        self.sha256 = sha256
    }
}
