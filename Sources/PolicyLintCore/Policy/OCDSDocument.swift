import PolicyYAML

/// Recognises an Open Contracting Data Standard (OCDS) release, release package, record or record package, and picks
/// out the tenders in it, each of which is then checked as a policy (`OCDSTender`).
enum OCDSDocument {
    /// The OCDS top-level keys, each with the kind of document it marks, most telling first.
    private static let markers: [(key: String, kind: String)] = [
        ("records", "record package"), ("compiledRelease", "record"), ("versionedRelease", "record"), ("releases", "release package"), ("ocid", "release"),
        ("tender", "release"),
    ]

    /// The key that shows `document` is OCDS (the first such key in it) and the kind of document the most telling
    /// one marks, or nil when it is not OCDS (a document with a `policy` key is a policy, whatever else it holds).
    static func marker(of document: YAMLDocument) -> (key: YAMLNode, kind: String)? {
        guard let pairs = document.root.mapping, !pairs.contains(where: { $0.keyText == "policy" }),
              let marker = markers.first(where: { marker in pairs.contains { $0.keyText == marker.key } }),
              let first = pairs.first(where: { pair in markers.contains { $0.key == pair.keyText } }) else { return nil }
        // A record has `releases` beside its `ocid`; a release package has no `ocid`.
        let kind = marker.key == "releases" && document.root["ocid"] != nil ? "record" : marker.kind
        return (first.key, kind)
    }

    /// The tenders to check in an OCDS document, in file order: a release's own; a record's compiled release (or, without
    /// one, its latest embedded release that has a tender); and in a package, the latest release with a tender of each
    /// contracting process (`ocid`), since later releases of a process restate or update earlier ones.
    static func tenders(in root: YAMLNode) -> [OCDSTender] {
        if let records = root["records"]?.sequence { return records.compactMap(recordTender) }
        if root["compiledRelease"] != nil || (root["releases"] != nil && root["ocid"] != nil) { return recordTender(root).map { [$0] } ?? [] }
        if let releases = root["releases"]?.sequence { return latestPerProcess(releases) }
        return OCDSTender(release: root).map { [$0] } ?? []
    }

    /// A `ocds-without-tender` warning for an OCDS document with no tender to check.
    static func withoutTender(_ marker: (key: YAMLNode, kind: String), document: YAMLDocument, in source: SourceText) -> Finding {
        Finding(ruleID: "ocds-without-tender", severity: .warning, category: .format,
                message: "this OCDS \(marker.kind) holds no tender, so there is nothing to check: policylint reads the `tender` of each release (docs/ocds.md)",
                location: Location(source: source, span: marker.key.span), documentIndex: document.index)
    }

    /// A record's tender: its compiled release's, or its latest embedded release's.
    private static func recordTender(_ record: YAMLNode) -> OCDSTender? {
        if let compiled = record["compiledRelease"], let tender = OCDSTender(release: compiled) { return tender }
        return latestPerProcess(record["releases"]?.sequence ?? []).last
    }

    /// Of releases that have a tender, the latest of each `ocid` (by `date`; the later in the file when dates tie or
    /// are missing), in the order each process first appears.
    private static func latestPerProcess(_ releases: [YAMLNode]) -> [OCDSTender] {
        var order: [String] = []
        var latest: [String: (date: String, tender: OCDSTender)] = [:]
        for (offset, release) in releases.enumerated() {
            guard let tender = OCDSTender(release: release) else { continue }
            let process = release["ocid"]?.scalar?.text ?? "#\(offset)"
            let date = release["date"]?.scalar?.text ?? ""
            if let current = latest[process] {
                if date >= current.date { latest[process] = (date, tender) }
            } else {
                order.append(process)
                latest[process] = (date, tender)
            }
        }
        return order.compactMap { latest[$0]?.tender }
    }
}
