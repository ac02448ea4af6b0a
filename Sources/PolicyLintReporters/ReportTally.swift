import PolicyLintCore

/// Counts of a report's findings and the one-sentence summary the machine formats share.
struct ReportTally {
    /// Files checked.
    let files: Int
    /// Active errors.
    let errors: Int
    /// Active warnings.
    let warnings: Int
    /// Active infos.
    let infos: Int
    /// Findings accepted by a waiver in force.
    let waived: Int
    /// Findings accepted by the baseline.
    let baselined: Int

    /// Counts the findings of `report`.
    init(_ report: CheckReport) {
        files = report.files.count
        errors = report.count(.error)
        warnings = report.count(.warning)
        infos = report.count(.info)
        waived = report.findings.filter(\.isWaived).count
        baselined = report.findings.filter(\.isBaselined).count
    }

    /// `Found 1 error and 2 warnings in 3 files (1 waived, 2 in the baseline).` or `No findings in 1 file.`
    var sentence: String {
        let fileText = files == 1 ? "1 file" : "\(files) files"
        let notes = (waived > 0 ? ["\(waived) waived"] : []) + (baselined > 0 ? ["\(baselined) in the baseline"] : [])
        let waivedText = notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")"
        var parts: [String] = []
        for (count, singular, plural) in [(errors, "error", "errors"), (warnings, "warning", "warnings"), (infos, "info", "infos")] where count > 0 {
            parts.append("\(count) \(count == 1 ? singular : plural)")
        }
        guard let last = parts.last else { return "No findings in \(fileText)\(waivedText)." }
        let list = parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + " and " + last
        return "Found \(list) in \(fileText)\(waivedText)."
    }
}
