import PolicyYAML

/// libFuzzer entry: the YAML layer must return documents or a located error for any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = SourceText(name: "fuzz.yaml", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    do {
        for document in try YAMLLoader.load(source) {
            precondition(document.root.span.start.offset <= source.bytes.count, "span past the end of the input")
        }
    } catch {
        precondition(error.span.start.offset <= source.bytes.count, "error located past the end of the input")
    }
    return 0
}
