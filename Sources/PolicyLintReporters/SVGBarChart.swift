import PolicyLintCore

/// The principle scorecard as an inline SVG bar chart: one stacked bar per principle, with its count and status in words.
///
/// Severity is shown by fill pattern as well as colour (solid for errors, hatched for warnings, outlined for infos),
/// and every bar is followed by its count and status, so nothing depends on colour alone. The same data is in a table.
struct SVGBarChart {
    /// The scorecard to draw.
    let scorecard: PrincipleScorecard
    /// A prefix that makes the chart's element ids unique in the page.
    let idPrefix: String

    private let width = 680
    private let labelWidth = 262
    private let barStart = 270
    private let barWidth = 226
    private let statusStart = 506
    private let rowHeight = 36
    private let headerHeight = 30
    private let legendHeight = 34
    private let labelCharacters = 36

    /// The `<svg>` element.
    func render() -> String {
        let scores = scorecard.scores
        let scale = Double(barWidth) / Double(max(5, scores.map(\.active).max() ?? 0))
        var body = legend()
        var y = legendHeight
        for group in scorecard.groups {
            y += headerHeight
            body += "<text class=\"chart-heading\" x=\"0\" y=\"\(y - 9)\">\(HTMLEscaping.content(group.catalogue.title))</text>\n"
            for score in group.scores {
                body += row(score, top: y, scale: scale)
                y += rowHeight
            }
        }
        let height = y + 6
        let counts = PrincipleStatus.allCases.map { (status: $0, count: scorecard.principles($0).count) }.filter { $0.count > 0 }
        let parts = counts.map { "\($0.status.label.lowercased()) \($0.count)" }
        let label = "Principle scorecard chart, \(scores.count) principles: \(parts.joined(separator: ", ")). The table that follows gives the same figures."
        return """
        <svg class="chart" role="img" aria-labelledby="\(idPrefix)-chart-title" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" preserveAspectRatio="xMinYMin meet">
        <title id="\(idPrefix)-chart-title">\(HTMLEscaping.content(label))</title>
        <defs>
        <pattern id="\(idPrefix)-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="\(ReportPalette.warningTint)"></rect><rect width="3" height="6" fill="\(ReportPalette.warning)"></rect></pattern>
        </defs>
        \(body)</svg>
        """
    }

    private func legend() -> String {
        var out = ""
        var x = 0
        for (severity, text) in [(Severity.error, "Error (solid)"), (.warning, "Warning (hatched)"), (.info, "Info (outlined)")] {
            out += swatch(severity, x: x, y: 8, width: 22)
            out += "<text class=\"chart-label\" x=\"\(x + 28)\" y=\"21\">\(text)</text>\n"
            x += 160
        }
        out += "<text class=\"chart-note\" x=\"\(x)\" y=\"21\">Waived: not counted</text>\n"
        return out
    }

    private func row(_ score: PrincipleScore, top: Int, scale: Double) -> String {
        var out = ""
        let lines = wrap(score.principle.title)
        let firstBaseline = lines.count == 1 ? top + 22 : top + 15
        for (index, line) in lines.enumerated() {
            out += "<text class=\"chart-label\" x=\"0\" y=\"\(firstBaseline + index * 16)\">\(HTMLEscaping.content(line))</text>\n"
        }
        let barTop = top + 9
        out += "<rect class=\"chart-track\" x=\"\(barStart)\" y=\"\(barTop)\" width=\"\(barWidth)\" height=\"18\"></rect>\n"
        var x = Double(barStart)
        for (severity, count) in [(Severity.error, score.errors), (.warning, score.warnings), (.info, score.infos)] where count > 0 {
            let segment = Double(count) * scale
            out += segmentRect(severity, x: x, y: barTop, width: segment)
            x += segment
        }
        let status = score.status
        out += "<text class=\"chart-status status-\(status.rawValue)\" x=\"\(statusStart)\" y=\"\(top + 22)\">\(score.active) · \(status.symbol) \(status.label)</text>\n"
        return out
    }

    private func swatch(_ severity: Severity, x: Int, y: Int, width: Int) -> String {
        segmentRect(severity, x: Double(x), y: y, width: Double(width))
    }

    private func segmentRect(_ severity: Severity, x: Double, y: Int, width: Double) -> String {
        let geometry = "x=\"\(format(x))\" y=\"\(y)\" width=\"\(format(width))\" height=\"18\""
        switch severity {
        case .error:
            return "<rect \(geometry) fill=\"\(ReportPalette.error)\" stroke=\"\(ReportPalette.background)\" stroke-width=\"1\"></rect>\n"
        case .warning:
            return "<rect \(geometry) fill=\"url(#\(idPrefix)-hatch)\" stroke=\"\(ReportPalette.warning)\" stroke-width=\"1\"></rect>\n"
        case .info:
            let inset = "x=\"\(format(x + 1))\" y=\"\(y + 1)\" width=\"\(format(max(0, width - 2)))\" height=\"16\""
            return "<rect \(inset) fill=\"\(ReportPalette.background)\" stroke=\"\(ReportPalette.info)\" stroke-width=\"2\"></rect>\n"
        }
    }

    private func wrap(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= labelCharacters {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > 2 else { return lines }
        return [lines[0], String(lines[1...].joined(separator: " ").prefix(labelCharacters - 1)) + "…"]
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
