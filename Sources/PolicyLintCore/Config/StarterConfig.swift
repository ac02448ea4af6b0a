/// The commented starter config `policylint init` writes.
public enum StarterConfig {
    /// The text of a starter `.policylint.yaml`.
    public static let text = """
    # policylint configuration. policylint uses the nearest .policylint.yaml above each file it checks.
    # Reference: docs/configuration.md. Every key is optional.

    # Start from a preset: `recommended` (stable rules; errors fail the run) or `strict`
    # (preview rules too; warnings fail the run). Other config files can be listed as well.
    extends: [recommended]

    # The lowest severity that fails a run (exit code 1): error, warning or info.
    fail-on: error

    # Switch rules off or change their severity. Keys are rule ids or globs; see `policylint rules`.
    rules:
      # tight-word-limit: off
      # long-decision-time: error

    # Change the thresholds rules use; see `policylint explain RULE` for each rule's parameters.
    parameters:
      # min_window_days: 42

    # Which files to check when a folder is named, relative to this file.
    include: ["**/*.yaml", "**/*.yml"]
    exclude: ["drafts/**"]

    # Extra rulebooks with your own rules, and files of waivers (accepted barriers).
    rulebooks: []
    waivers: []

    """
}
