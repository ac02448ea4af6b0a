import Foundation

/// Compares output with a snapshot file under `Tests/Snapshots`; `UPDATE_SNAPSHOTS=1` rewrites them.
public enum Snapshot {
    /// The snapshot folder.
    public static let directory = PackagePaths.root.appendingPathComponent("Tests/Snapshots")

    /// nil when `actual` equals the stored snapshot `name`, else a message with the first differing line.
    /// A missing snapshot is written and reported as a failure, so a new snapshot is always reviewed.
    public static func mismatch(_ actual: String, named name: String) -> String? {
        let url = directory.appendingPathComponent(name)
        let update = ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1"
        guard !update, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return update ? nil : "snapshot \(name) did not exist; it was written: review it and run again"
        }
        if expected == actual { return nil }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let left = index < expectedLines.count ? expectedLines[index] : "<end>"
            let right = index < actualLines.count ? actualLines[index] : "<end>"
            if left != right {
                return "snapshot \(name) differs at line \(index + 1):\n  expected: \(left)\n  actual:   \(right)\n(UPDATE_SNAPSHOTS=1 rewrites snapshots)"
            }
        }
        return "snapshot \(name) differs"
    }
}
