import ArgumentParser

/// Refuses an empty path given to a flag or as an argument (such as `-o ""` from an unset CI variable): it names no
/// file, so it is a usage error (exit code 2) rather than a write to the working folder or a misleading "not writable".
enum EmptyPathCheck {
    /// One path the command line gave: what it was given as (`--output`, `a path to check`), its value, what it
    /// should name (`file`, `folder`), and what may stand in for one (`'-' for standard output`), if anything.
    struct Given {
        let name: String
        let value: String?
        var kind = "file"
        var alternative: String? = nil
    }

    /// Throws a usage error for the first of `paths` whose value is empty.
    static func refuse(_ paths: [Given]) throws {
        guard let empty = paths.first(where: { $0.value?.isEmpty ?? false }) else { return }
        let alternative = empty.alternative.map { ", or \($0)" } ?? ""
        throw ValidationError("\(empty.name) is an empty path, which names no \(empty.kind); give one\(alternative)")
    }

    /// `flag` given once for each of `values`.
    static func each(_ flag: String, _ values: [String], kind: String = "file", alternative: String? = nil) -> [Given] {
        values.map { Given(name: flag, value: $0, kind: kind, alternative: alternative) }
    }
}
