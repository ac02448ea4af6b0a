extension Waiver {
    /// Where the entry's `policy:` id is written (for a waiver of a waivers file), else where the waiver is.
    var policyIDLocation: Location { policyLocation ?? location }

    /// The waivers of `waivers`, each entry once however often it is listed (the configs of several plans may list one
    /// waivers file), in order.
    static func distinctEntries(_ waivers: [Waiver]) -> [Waiver] {
        var seen = Set<String>()
        return waivers.filter { seen.insert("\($0.policyIDLocation.file)\u{0}\($0.policyIDLocation.span.start.offset)").inserted }
    }

    /// A warning at the entry's `policy:` id that the waiver cannot reach the policy it names, so it accepts nothing.
    func policyWarning(_ id: String, message: String, why: String, alternatives: [String]) -> Finding {
        Finding(ruleID: id, severity: .warning, category: .waiver, message: message, location: policyIDLocation,
                nodePath: "\(entry).policy", policyID: policyID, why: why, alternatives: alternatives, principles: [])
    }
}
