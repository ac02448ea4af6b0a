/// One or more input errors found together, so a user can fix them all in one pass.
public struct InputErrors: Error, Sendable, Equatable {
    /// The errors, in file order.
    public let errors: [InputError]

    /// Wraps errors.
    public init(_ errors: [InputError]) {
        self.errors = errors
    }

    /// Wraps one error.
    public init(_ error: InputError) {
        self.errors = [error]
    }

    /// The errors, each linked to the page about `kind` of file where it is a problem any file can have.
    public func documented(as kind: DataFileKind) -> InputErrors {
        InputErrors(errors.map { $0.documented(as: kind) })
    }

    /// The errors file by file (files in the order first met, errors with no file last), and by position within each
    /// file; errors at one place keep their order.
    public var inFileOrder: InputErrors {
        var files: [String] = []
        for error in errors {
            let file = error.location?.file ?? ""
            if !file.isEmpty, !files.contains(file) { files.append(file) }
        }
        let rank = { (error: InputError) -> Int in
            files.firstIndex(of: error.location?.file ?? "") ?? files.count
        }
        let ordered = errors.enumerated().sorted { first, second in
            let a = (rank(first.element), first.element.location?.span.start.offset ?? 0, first.offset)
            let b = (rank(second.element), second.element.location?.span.start.offset ?? 0, second.offset)
            return a < b
        }
        return InputErrors(ordered.map(\.element))
    }
}
