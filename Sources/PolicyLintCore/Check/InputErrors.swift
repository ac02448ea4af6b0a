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
}
