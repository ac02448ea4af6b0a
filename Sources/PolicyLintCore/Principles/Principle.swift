/// A named commitment a rule serves, from one of the catalogues.
public struct Principle: Sendable, Equatable, Codable {
    /// Its id, such as `match-core-funding`.
    public let id: String
    /// Its name.
    public let title: String
    /// What it commits a funder to.
    public let summary: String
    /// The id of its catalogue, such as `match`.
    public let catalogue: String
}

/// A published set of principles, such as the City and Hackney MATCH principles.
public struct PrincipleCatalogue: Sendable, Equatable, Codable {
    /// Its id.
    public let id: String
    /// Its name.
    public let title: String
    /// Who wrote it and where.
    public let source: String
    /// Its principles, in published order.
    public let principles: [Principle]
}
