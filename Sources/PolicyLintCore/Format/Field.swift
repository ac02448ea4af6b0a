/// One named field of a data format: its type, meaning and rules for presence.
public struct Field: Sendable {
    /// The key as written in YAML.
    public let name: String
    /// What values it takes.
    public let type: FieldType
    /// One or two sentences for the reference docs and the JSON Schema description.
    public let summary: String
    /// Whether a document must have it.
    public let required: Bool
    /// A value shown in docs, as YAML.
    public let example: String?
    /// How the field is computed from others, if users may not write it.
    public let derivedFrom: String?

    /// Creates a field a writer may set.
    public init(_ name: String, _ type: FieldType, _ summary: String, required: Bool = false, example: String? = nil) {
        self.name = name
        self.type = type
        self.summary = summary
        self.required = required
        self.example = example
        self.derivedFrom = nil
    }

    /// Creates a field that policylint computes; conditions can read it, writers may not set it.
    public init(derived name: String, _ type: FieldType, _ summary: String, from source: String) {
        self.name = name
        self.type = type
        self.summary = summary
        self.required = false
        self.example = nil
        self.derivedFrom = source
    }

    /// Whether policylint computes the field.
    public var isDerived: Bool { derivedFrom != nil }
}
