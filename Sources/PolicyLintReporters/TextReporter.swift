import PolicyLintCore

/// Human output in the style of rustc and ruff: `path:line:col: severity[id] message`, an excerpt with carets, then the why and the alternatives.
public struct TextReporter: StreamingReporter {
    /// One line per finding, without excerpts or explanations.
    public let concise: Bool

    /// Creates a text reporter.
    public init(concise: Bool) {
        self.concise = concise
    }

    /// Each finding of a file (those the baseline accepts are left out).
    public func renderFile(_ file: FileReport, context: ReportContext) -> String {
        let style = ANSIStyle(enabled: context.colour)
        var out = ""
        for finding in file.findings where !finding.isBaselined {
            out += headline(finding, style: style) + "\n"
            if !concise {
                out += body(finding, style: style)
                out += "\n"
            }
        }
        return out
    }

    /// The closing summary line.
    public func renderSummary(_ tally: RunTally, context: ReportContext) -> String {
        ANSIStyle(enabled: context.colour).bold(tally.sentence(baselineNote: "in the baseline, not shown")) + "\n"
    }

    private func headline(_ finding: Finding, style: ANSIStyle) -> String {
        let location = style.bold(finding.location.description + ":")
        let label: String
        switch finding.severity {
        case .error: label = style.red("error[\(finding.ruleID)]")
        case .warning: label = style.yellow("warning[\(finding.ruleID)]")
        case .info: label = style.blue("info[\(finding.ruleID)]")
        }
        let waived = finding.waiver.map { $0.isExpired ? " (waiver expired \($0.expires))" : " (waived until \($0.expires))" } ?? ""
        return "\(location) \(label) \(finding.message)\(style.dim(waived))"
    }

    private func body(_ finding: Finding, style: ANSIStyle) -> String {
        var out = ""
        let excerpt = finding.location.excerpt
        let span = finding.location.span
        let lastNumber = excerpt.firstLine + max(0, excerpt.lines.count - 1)
        let gutter = String(repeating: " ", count: String(lastNumber).count)
        if !excerpt.lines.isEmpty {
            out += style.cyan("\(gutter) |") + "\n"
            for (offset, line) in excerpt.lines.enumerated() {
                let number = excerpt.firstLine + offset
                let padded = String(repeating: " ", count: gutter.count - String(number).count) + String(number)
                out += style.cyan("\(padded) |") + " \(DisplayWidth.shown(line))\n"
                // A long line is shown from part-way along: its columns move left by the line's shift.
                let shift = excerpt.shift(ofLine: number)
                let startColumn = number == span.start.line ? max(1, span.start.column - shift) : firstNonSpace(line)
                let endColumn = number == span.end.line ? min(line.unicodeScalars.count + 1, max(startColumn, span.end.column - shift))
                    : line.unicodeScalars.count + 1
                if number <= span.end.line, startColumn <= line.unicodeScalars.count + 1 {
                    // Columns count scalars; the caret line counts what a terminal shows (tabs, wide characters).
                    let lead = DisplayWidth.columns(of: line, from: 0, to: startColumn - 1)
                    let width = max(1, DisplayWidth.columns(of: line, from: startColumn - 1, to: endColumn - 1))
                    let caretColour = finding.severity == .error ? style.red : (finding.severity == .warning ? style.yellow : style.blue)
                    out += style.cyan("\(gutter) |") + " " + String(repeating: " ", count: lead) + caretColour(String(repeating: "^", count: width)) + "\n"
                }
            }
        }
        let indent = "\(gutter) = "
        let continuation = String(repeating: " ", count: indent.count + 2)
        if let path = finding.nodePath { out += "\(indent)\(style.bold("at")): \(path)\n" }
        if let why = finding.why { out += block(indent: indent, label: style.bold("why"), text: why, continuation: continuation) }
        for alternative in finding.alternatives {
            out += block(indent: indent, label: style.bold("try"), text: alternative, continuation: continuation)
        }
        if !finding.principles.isEmpty { out += "\(indent)\(style.bold("principles")): \(finding.principles.joined(separator: ", "))\n" }
        if let fix = finding.fix {
            out += block(indent: indent, label: style.bold("fix (\(fix.safety.rawValue))"), text: fix.description, continuation: continuation)
        }
        if let waiver = finding.waiver {
            out += block(indent: indent, label: style.bold("waiver"), text: "\(waiver.reason) (approved by \(waiver.approver), expires \(waiver.expires), \(waiver.source))", continuation: continuation)
        }
        return out
    }

    private func block(indent: String, label: String, text: String, continuation: String) -> String {
        let lines = TextWrapper.wrap(text, width: 88)
        guard let first = lines.first else { return "" }
        var out = "\(indent)\(label): \(first)\n"
        for line in lines.dropFirst() { out += continuation + line + "\n" }
        return out
    }

    private func firstNonSpace(_ line: String) -> Int {
        (line.unicodeScalars.firstIndex { $0 != " " && $0 != "\t" }.map { line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: $0) } ?? 0) + 1
    }
}
