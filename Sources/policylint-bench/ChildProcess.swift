import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with its output discarded and reports its wall time and peak memory.
enum ChildProcess {
    /// What one run cost.
    struct Usage {
        let seconds: Double
        let peakKilobytes: Int
        let exitCode: Int32
    }

    /// Runs `executable` with `arguments`; nil when it cannot be started.
    static func run(_ executable: String, _ arguments: [String]) -> Usage? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = Date()
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { return nil }
        let seconds = Date().timeIntervalSince(started)
        let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
        return Usage(seconds: seconds, peakKilobytes: usage.ru_maxrss, exitCode: exitCode)
    }
}
