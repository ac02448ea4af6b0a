/// One libyaml parse event, copied into Swift values.
struct YAMLEvent {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case alias, scalar, sequenceStart, sequenceEnd, mappingStart, mappingEnd
    }

    let kind: Kind
    let span: SourceSpan
    var anchor: String?
    var tag: String?
    var value: String = ""
    var style: ScalarStyle = .plain
    /// For scalars: libyaml's "plain implicit" flag (no tag, plain style).
    var plainImplicit = true
}
