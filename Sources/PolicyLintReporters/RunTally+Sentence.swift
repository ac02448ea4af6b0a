import PolicyLintCore

extension RunTally {
    /// `Found 1 error and 2 warnings in 3 files (1 waived, 2 in the baseline, 1 stale baseline entry).`, `No findings in 1 file.`,
    /// or for a run
    /// stopped before any file was checked `Nothing was checked: 2 input errors stopped the run.`
    func sentence(baselineNote: String = "in the baseline") -> String {
        if stoppedBeforeChecking {
            return "Nothing was checked: \(errors == 1 ? "1 input error" : "\(errors) input errors") stopped the run."
        }
        let fileText = files == 1 ? "1 file" : "\(files) files"
        var notes = (waived > 0 ? ["\(waived) waived"] : []) + (baselined > 0 ? ["\(baselined) \(baselineNote)"] : [])
        if staleBaselineEntries > 0 {
            let entries = staleBaselineEntries == 1 ? "1 stale baseline entry" : "\(staleBaselineEntries) stale baseline entries"
            notes.append(entries + (staleBaselineEntriesFail ? ", failing the run" : ""))
        }
        let notesText = notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")"
        var parts: [String] = []
        for (count, singular, plural) in [(errors, "error", "errors"), (warnings, "warning", "warnings"), (infos, "info", "infos")] where count > 0 {
            parts.append("\(count) \(count == 1 ? singular : plural)")
        }
        guard let last = parts.last else { return "No findings in \(fileText)\(notesText)." }
        let list = parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + " and " + last
        return "Found \(list) in \(fileText)\(notesText)."
    }
}
