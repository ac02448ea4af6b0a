/// A SARIF message or multiformat message string: plain text and, optionally, Markdown.
struct SARIFText: Encodable {
    /// The plain text.
    let text: String
    /// The same content as GitHub-flavoured Markdown.
    var markdown: String?
}
