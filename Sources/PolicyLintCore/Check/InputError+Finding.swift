extension InputError {
    /// The error as an input finding, so every reporter can show it with its excerpt.
    public var asFinding: Finding {
        var finding = Finding(ruleID: id, severity: .error, category: .input, message: message,
                              location: location ?? .commandLine)
        finding.documentation = documentation
        return finding
    }
}
