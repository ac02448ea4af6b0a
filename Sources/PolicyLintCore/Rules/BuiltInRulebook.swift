import Foundation

/// The built-in principles and rulebook, loaded once per process: both are fixed when the binary is built, so
/// every `RuleSetBuilder` of a run (and every test in one process) can share one load.
enum BuiltInRulebook {
    /// The built-in principles, or the errors loading them (none, unless the binary is broken).
    private static let principles: Result<PrincipleCatalogues, InputErrors> = Result { () throws(InputErrors) in
        try PrincipleCatalogues.builtIn()
    }

    /// The built-in rulebook, or the errors loading it.
    private static let rulebook: Result<Rulebook, InputErrors> = Result { () throws(InputErrors) in
        // Its patterns need the known-pattern table: read it on another core while the YAML is read on this one.
        KnownPatterns.readInBackground()
        return try RulebookLoader(principles: try loadedPrinciples()).builtIn()
    }

    /// The built-in principles.
    static func loadedPrinciples() throws(InputErrors) -> PrincipleCatalogues {
        try principles.get()
    }

    /// The built-in rulebook, waiting for a load already under way rather than starting another.
    static func loadedRulebook() throws(InputErrors) -> Rulebook {
        try rulebook.get()
    }

    /// Starts loading the rulebook on another core, so it is ready, or nearly, when a command asks for it.
    static func loadInBackground() {
        DispatchQueue.global(qos: .userInitiated).async { _ = rulebook }
    }
}
