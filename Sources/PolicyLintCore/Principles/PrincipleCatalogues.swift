import PolicyCondition
import PolicyYAML

/// The principles catalogues built into policylint (MATCH, Co-operative Councils, IVAR).
public struct PrincipleCatalogues: Sendable {
    /// The catalogues in order.
    public let catalogues: [PrincipleCatalogue]

    /// Every principle of every catalogue.
    public var all: [Principle] { catalogues.flatMap(\.principles) }

    /// The principle with an id, if any.
    public func principle(_ id: String) -> Principle? { all.first { $0.id == id } }

    /// The built-in catalogues, read from the data shipped inside the binary.
    public static func builtIn() throws(InputErrors) -> PrincipleCatalogues {
        let source = SourceText(name: "<built-in>/principles.yaml", bytes: PackageResources.principles_yaml)
        return try load(source)
    }

    /// Reads catalogues from a principles file.
    public static func load(_ source: SourceText) throws(InputErrors) -> PrincipleCatalogues {
        let root = try DataFile.validatedRoot(source, format: PrinciplesFormat.root, kind: .principles)
        var catalogues: [PrincipleCatalogue] = []
        for entry in DataFile.list(root["catalogues"]) {
            let id = DataFile.string(entry["id"])
            let principles = DataFile.list(entry["principles"]).map {
                Principle(id: DataFile.string($0["id"]), title: DataFile.string($0["title"]),
                          summary: DataFile.string($0["summary"]), catalogue: id)
            }
            catalogues.append(PrincipleCatalogue(id: id, title: DataFile.string(entry["title"]),
                                                 source: DataFile.string(entry["source"]), principles: principles))
        }
        return PrincipleCatalogues(catalogues: catalogues)
    }
}
