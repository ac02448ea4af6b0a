import CLibYAML

/// Owns one libyaml parser over borrowed input; frees the parser when released.
///
/// The input is the caller's: it must stay valid, unchanged, for as long as the parser is used.
final class LibYAMLParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private var positions: PositionMapper
    private var finished = false

    /// Prepares a parser over `input` (the bytes of `source`), skipping `skipBytes` leading bytes (a byte-order mark).
    init(source: SourceText, input: UnsafeBufferPointer<UInt8>, skipBytes: Int) {
        parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        positions = PositionMapper(source: source, baseOffset: skipBytes)
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        let skip = min(skipBytes, input.count)
        // libyaml never reads an empty input's pointer, but it must not be null.
        let start = input.baseAddress.map { $0 + skip } ?? UnsafePointer(Self.emptyInput)
        yaml_parser_set_input_string(parser, start, input.count - skip)
    }

    /// A valid pointer for an empty input (one byte, never written after it is made).
    nonisolated(unsafe) private static let emptyInput: UnsafeMutablePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return pointer
    }()

    deinit {
        yaml_parser_delete(parser)
        parser.deinitialize(count: 1)
        parser.deallocate()
    }

    /// Reads the next event, or throws a located syntax error.
    func next() throws(YAMLError) -> YAMLEvent {
        var event = yaml_event_t()
        guard !finished else { return YAMLEvent(kind: .streamEnd, span: SourceSpan(at: positions.position(index: 0, line: 0, column: 0))) }
        guard yaml_parser_parse(parser, &event) == 1 else { throw parseError() }
        defer { yaml_event_delete(&event) }
        let span = SourceSpan(start: position(event.start_mark), end: position(event.end_mark))
        switch event.type {
        case YAML_STREAM_START_EVENT: return YAMLEvent(kind: .streamStart, span: span)
        case YAML_STREAM_END_EVENT:
            finished = true
            return YAMLEvent(kind: .streamEnd, span: span)
        case YAML_DOCUMENT_START_EVENT: return YAMLEvent(kind: .documentStart, span: span)
        case YAML_DOCUMENT_END_EVENT: return YAMLEvent(kind: .documentEnd, span: span)
        case YAML_ALIAS_EVENT:
            return YAMLEvent(kind: .alias, span: span, anchor: Self.string(event.data.alias.anchor))
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            var result = YAMLEvent(kind: .scalar, span: span, anchor: Self.string(scalar.anchor), tag: Self.string(scalar.tag))
            if let value = scalar.value {
                result.value = String(decoding: UnsafeBufferPointer(start: value, count: scalar.length), as: UTF8.self)
            }
            result.style = Self.style(scalar.style)
            result.plainImplicit = scalar.plain_implicit != 0
            return result
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            return YAMLEvent(kind: .sequenceStart, span: span, anchor: Self.string(start.anchor), tag: Self.string(start.tag))
        case YAML_SEQUENCE_END_EVENT: return YAMLEvent(kind: .sequenceEnd, span: span)
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            return YAMLEvent(kind: .mappingStart, span: span, anchor: Self.string(start.anchor), tag: Self.string(start.tag))
        case YAML_MAPPING_END_EVENT: return YAMLEvent(kind: .mappingEnd, span: span)
        default:
            throw YAMLError(.syntax, "unexpected parser state", at: span)
        }
    }

    private func position(_ mark: yaml_mark_t) -> SourcePosition {
        positions.position(index: mark.index, line: mark.line, column: mark.column)
    }

    private func parseError() -> YAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "invalid YAML"
        let context = state.context.map { String(cString: $0) }
        let kind: YAMLError.Kind = state.error == YAML_READER_ERROR ? .encoding : .syntax
        let at: SourcePosition
        if state.error == YAML_READER_ERROR {
            at = positions.position(byteOffset: Int(state.problem_offset))
        } else {
            at = position(state.problem_mark)
        }
        var message = problem
        if let context { message += " " + context }
        if state.error == YAML_SCANNER_ERROR || state.error == YAML_PARSER_ERROR, state.context != nil {
            let contextAt = position(state.context_mark)
            if contextAt.line != at.line { message += " that starts at line \(contextAt.line)" }
        }
        return YAMLError(kind, message, at: SourceSpan(at: positions.clampedToContent(at)))
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
