import ArgumentParser

/// The formats `report` can write: a self-contained HTML page, or the same content as Markdown.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case html, markdown
}
