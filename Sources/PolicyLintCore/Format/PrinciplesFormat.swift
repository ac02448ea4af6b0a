/// The format of the principles catalogue, defined as data.
public enum PrinciplesFormat {
    /// The root fields of a principles file.
    public static let root: FieldType = .object([
        Field("catalogues", .list(.object([
            Field("id", .string(pattern: "^[a-z][a-z0-9-]*$"), "The catalogue's id, which prefixes its principles' ids.", required: true),
            Field("title", .string(), "The catalogue's name.", required: true),
            Field("source", .text, "Who wrote it and where it is published.", required: true),
            Field("principles", .list(.object([
                Field("id", .string(pattern: "^[a-z][a-z0-9-]*$"), "The principle's id.", required: true),
                Field("title", .string(), "Its name.", required: true),
                Field("summary", .text, "What it commits a funder to.", required: true),
            ])), "The principles.", required: true),
        ])), "Catalogues of principles.", required: true),
    ])
}
