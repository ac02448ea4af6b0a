/// Keeps values alive until the process exits, for data read once whose freeing would only cost time.
enum ProcessLifetime {
    /// Keeps `value` alive for the rest of the process; it is never released.
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Holder(value))
    }

    /// A reference that owns the kept value.
    private final class Holder<Value> {
        /// The value kept alive.
        let value: Value

        /// Wraps `value`.
        init(_ value: Value) { self.value = value }
    }
}
