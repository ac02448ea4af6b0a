import Foundation

/// Removes the temporary files of outputs still being written when the process is interrupted (Ctrl-C, a CI job's
/// timeout, a closed terminal), so an interrupted run leaves the folder as it found it rather than a stray
/// `.NAME.policylint-PID.tmp` beside the output.
///
/// The first file registered installs handlers for SIGINT, SIGTERM and SIGHUP that remove every registered file and
/// then end the process by the same signal, so the exit status still says how it ended. A signal the process was
/// started with ignored (a background job's SIGINT) stays ignored.
enum InterruptedOutputCleanup {
    /// How many temporary files can be watched at once; a run writes at most its output and its baseline.
    private static let capacity = 8
    private static let lock = NSLock()
    /// The watched paths as C strings, read by the signal handler, which may neither lock nor allocate. A slot is
    /// cleared, never freed, when its file is released, so the handler can never read freed memory.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()
    nonisolated(unsafe) private static var installed = false

    /// Removes `path` if the process is interrupted before `release(_:)` is called for it.
    static func register(_ path: String) {
        lock.withLock {
            guard let free = (0..<capacity).first(where: { slots[$0] == nil }) else { return }
            slots[free] = strdup(path)
            installHandlers()
        }
    }

    /// Stops watching `path`: it has been renamed into place or removed.
    static func release(_ path: String) {
        lock.withLock {
            for index in 0..<capacity {
                if let watched = slots[index], String(cString: watched) == path { slots[index] = nil }
            }
        }
    }

    /// Installs the handlers once; the caller holds `lock`.
    private static func installHandlers() {
        guard !installed else { return }
        installed = true
        for number in [SIGINT, SIGTERM, SIGHUP] {
            let previous = signal(number, removeWatchedFilesAndEnd)
            if address(of: previous) == address(of: SIG_IGN) { signal(number, SIG_IGN) }
        }
    }

    /// A signal disposition as a number, to compare one with `SIG_IGN` (C function pointers are not Equatable).
    private static func address<Handler>(of handler: Handler) -> Int {
        unsafeBitCast(handler, to: Int.self)
    }

    /// The signal handler: removes every watched file, then ends the process by the same signal with its default
    /// action, delivered as soon as the handler returns. Only async-signal-safe calls.
    private static let removeWatchedFilesAndEnd: @convention(c) (Int32) -> Void = { number in
        for index in 0..<InterruptedOutputCleanup.capacity {
            if let watched = InterruptedOutputCleanup.slots[index] { unlink(watched) }
        }
        signal(number, SIG_DFL)
        raise(number)
    }
}
