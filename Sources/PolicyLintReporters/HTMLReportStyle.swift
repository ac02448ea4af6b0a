/// The report's one inline style sheet: system fonts only, relative sizes so it reflows at 200% zoom, and A4 print rules.
enum HTMLReportStyle {
    /// The CSS, written into a `<style>` element.
    static let css = """
    :root { color: \(ReportPalette.text); background: \(ReportPalette.background); }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
      font-size: 1rem; line-height: 1.5; }
    .page { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
    a { color: \(ReportPalette.link); text-decoration: underline; }
    a:focus { outline: 3px solid \(ReportPalette.link); outline-offset: 2px; }
    .skip-link { position: absolute; left: -999rem; }
    .skip-link:focus { position: static; }
    h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 0.5rem; }
    h2 { font-size: 1.4rem; line-height: 1.25; margin: 2.5rem 0 0.75rem; padding-top: 0.5rem; border-top: 3px solid \(ReportPalette.text); }
    h3 { font-size: 1.15rem; margin: 1.75rem 0 0.5rem; }
    h4 { font-size: 1rem; margin: 0 0 0.5rem; }
    p, ul, ol, dl { margin: 0 0 0.75rem; }
    .overall { font-size: 1.2rem; margin: 0; white-space: normal; }
    .meta { color: \(ReportPalette.muted); margin: 0 0 1rem; }
    .meta span { white-space: nowrap; }
    header.report-header { border-bottom: 1px solid \(ReportPalette.muted); padding-bottom: 0.75rem; margin-bottom: 1rem; }
    nav.toc { background: \(ReportPalette.panel); padding: 0.75rem 1rem; margin: 1rem 0; }
    nav.toc h2 { font-size: 1.05rem; margin: 0 0 0.25rem; padding: 0; border: 0; }
    nav.toc ol { margin: 0; padding-left: 1.5rem; }
    nav.toc ol ol { list-style: lower-alpha; }
    .verdict { border: 2px solid; border-left-width: 0.6rem; padding: 0.75rem 1rem; margin: 0 0 1rem; }
    .verdict p { margin: 0.25rem 0; }
    .verdict .verdict-label { font-size: 1.3rem; font-weight: 700; margin: 0 0 0.25rem; }
    .verdict-ready { color: \(ReportPalette.ready); background: \(ReportPalette.readyTint); border-color: \(ReportPalette.ready); }
    .verdict-not-ready, .verdict-check-incomplete, .verdict-could-not-check { color: \(ReportPalette.error); background: \(ReportPalette.errorTint); border-color: \(ReportPalette.error); }
    .verdict p + p { color: \(ReportPalette.text); }
    table { border-collapse: collapse; width: 100%; margin: 0 0 1rem; font-size: 0.95rem; }
    caption { text-align: left; font-weight: 700; padding: 0 0 0.35rem; }
    th, td { border: 1px solid \(ReportPalette.muted); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
    thead th, tbody th[scope="row"] { background: \(ReportPalette.panel); }
    tbody th[scope="rowgroup"] { background: \(ReportPalette.panel); font-size: 1rem; }
    td.number { text-align: right; font-variant-numeric: tabular-nums; }
    td.hash, .mono, dd code { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: 0.85rem; overflow-wrap: anywhere; }
    .sev, .status { font-weight: 700; white-space: nowrap; }
    .sev-error, .status-at-risk { color: \(ReportPalette.error); }
    .sev-warning, .status-needs-attention { color: \(ReportPalette.warning); }
    .sev-info, .status-minor-points { color: \(ReportPalette.info); }
    .status-met { color: \(ReportPalette.ready); }
    .status-not-checked { color: \(ReportPalette.neutral); }
    .figure { margin: 0 0 1rem; }
    svg.chart { display: block; width: 100%; max-width: 42.5rem; height: auto; margin: 0 0 1rem; }
    svg.chart text { font-family: inherit; font-size: 13px; fill: \(ReportPalette.text); }
    svg.chart .chart-heading { font-weight: 700; font-size: 14px; }
    svg.chart .chart-note { fill: \(ReportPalette.muted); }
    svg.chart .chart-status { font-weight: 700; }
    svg.chart .status-at-risk { fill: \(ReportPalette.error); }
    svg.chart .status-needs-attention { fill: \(ReportPalette.warning); }
    svg.chart .status-minor-points { fill: \(ReportPalette.info); }
    svg.chart .status-met { fill: \(ReportPalette.ready); }
    svg.chart .status-not-checked { fill: \(ReportPalette.neutral); }
    svg.chart .chart-track { fill: \(ReportPalette.panel); }
    article.finding { border: 1px solid \(ReportPalette.muted); border-left: 0.5rem solid; padding: 0.75rem 1rem; margin: 0 0 1rem; }
    article.finding-error { border-left-color: \(ReportPalette.error); }
    article.finding-warning { border-left-color: \(ReportPalette.warning); }
    article.finding-info { border-left-color: \(ReportPalette.info); }
    article.finding h4 { color: \(ReportPalette.text); }
    article.finding dl { margin: 0; }
    article.finding dt { font-weight: 700; margin-top: 0.5rem; }
    article.finding dd { margin: 0 0 0 0; }
    article.finding dd ul { padding-left: 1.25rem; margin: 0.25rem 0 0; }
    .badge { display: inline-block; border: 2px solid currentColor; padding: 0 0.4rem; margin-right: 0.4rem; font-size: 0.9rem; }
    .quote { background: \(ReportPalette.panel); border-left: 4px solid \(ReportPalette.muted); margin: 0.25rem 0 0; padding: 0.5rem 0.75rem; }
    .quote pre { margin: 0; font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: 0.9rem;
      white-space: pre-wrap; overflow-wrap: anywhere; }
    .quote .line-number { color: \(ReportPalette.muted); }
    .callout { border: 2px solid \(ReportPalette.warning); background: \(ReportPalette.warningTint); padding: 0.5rem 1rem; margin: 0 0 1rem; }
    .callout p { margin: 0; }
    .signature { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem 2rem; margin: 1.5rem 0 0; }
    .signature p { border-top: 1px solid \(ReportPalette.text); padding-top: 0.25rem; margin: 2.5rem 0 0; color: \(ReportPalette.muted); }
    footer.report-footer { border-top: 1px solid \(ReportPalette.muted); margin-top: 2rem; padding-top: 0.75rem; color: \(ReportPalette.muted); font-size: 0.9rem; }
    @media (max-width: 40rem) {
      .page { padding: 1rem 0.75rem 2rem; }
      table { font-size: 0.85rem; }
      th, td { padding: 0.25rem 0.3rem; }
      .sev, .status, .meta span { white-space: normal; }
    }
    @page { size: A4; margin: 16mm 15mm 18mm; }
    @media print {
      body { font-size: 10.5pt; }
      .page { max-width: none; padding: 0; }
      .skip-link { display: none; }
      a { color: \(ReportPalette.text); }
      nav.toc { break-after: avoid; }
      h2, h3, h4 { break-after: avoid; }
      section.policy + section.policy, section.sign-off { break-before: page; }
      article.finding, .verdict, .callout, tr, svg.chart, .quote, .signature { break-inside: avoid; }
      thead { display: table-header-group; }
      table, .verdict, .callout, .quote { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      svg.chart { max-width: 100%; }
    }
    """
}
