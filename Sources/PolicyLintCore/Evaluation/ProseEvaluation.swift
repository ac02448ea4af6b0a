import Foundation
import PolicyYAML

/// Measures the text rules against a labelled set of sentences: precision and recall per kind and overall.
///
/// The file is tab-separated: the kinds (text rule ids, comma-separated, or `none`) and the
/// sentence; blank lines, lines starting with `#` and a `label<TAB>sentence` header are
/// skipped. Each sentence is checked alone, as the field `sections.text`, by every text rule;
/// a rule "predicts" its kind when it reports the sentence at its own severity (softened
/// hits, reported as info, do not count). Overall figures are micro-averaged over kinds.
public struct ProseEvaluation: Sendable, Encodable {
    /// Per-kind scores, in kind order.
    public let kinds: [EvaluationScore]
    /// All kinds together.
    public let overall: EvaluationScore
    /// The number of sentences evaluated.
    public let sampleCount: Int
    /// Every wrong decision, in file order.
    public let mistakes: [EvaluationMistake]

    /// Parses an evaluation file.
    public static func samples(in text: String, file: String) throws(InputError) -> [EvaluationSample] {
        var samples: [EvaluationSample] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") || line.hasPrefix("label\t") { continue }
            guard let tab = line.firstIndex(of: "\t") else {
                throw InputError(id: "invalid-evaluation", message: "\(file):\(index + 1): expected the kinds, a tab, then the sentence")
            }
            let labels = line[..<tab].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0 != "none" }
            let sentence = line[line.index(after: tab)...].trimmingCharacters(in: .whitespaces)
            guard !sentence.isEmpty else {
                throw InputError(id: "invalid-evaluation", message: "\(file):\(index + 1): the sentence is empty")
            }
            samples.append(EvaluationSample(line: index + 1, labels: Set(labels), sentence: sentence))
        }
        return samples
    }

    /// Runs the text among `rules` on every sample and scores them.
    public init(samples: [EvaluationSample], rules: [Rule]) {
        let runner = TextRuleRunner(rules: rules)
        var scores: [String: EvaluationScore] = [:]
        for rule in runner.rules { scores[rule.id] = EvaluationScore(kind: rule.id) }
        var mistakes: [EvaluationMistake] = []
        for sample in samples {
            let path = NodePath([.key("sections"), .key("text")])
            let field = ProseField(path: path, text: sample.sentence) { _, _ in SourceSpan(at: .start) }
            let predicted = Set(runner.hits(in: [field]).filter { $0.hit.polarity == .asserted }.map(\.rule.id))
            for kind in predicted.union(sample.labels) {
                var score = scores[kind] ?? EvaluationScore(kind: kind)
                switch (predicted.contains(kind), sample.labels.contains(kind)) {
                case (true, true): score.truePositives += 1
                case (true, false):
                    score.falsePositives += 1
                    mistakes.append(EvaluationMistake(line: sample.line, kind: kind, reported: true, sentence: sample.sentence))
                case (false, true):
                    score.falseNegatives += 1
                    mistakes.append(EvaluationMistake(line: sample.line, kind: kind, reported: false, sentence: sample.sentence))
                case (false, false): break
                }
                scores[kind] = score
            }
        }
        kinds = scores.values.sorted { $0.kind < $1.kind }
        var total = EvaluationScore(kind: "overall")
        for score in kinds { total.add(score) }
        overall = total
        sampleCount = samples.count
        self.mistakes = mistakes
    }

    private enum CodingKeys: String, CodingKey { case sampleCount = "sentences", overall, kinds, mistakes }

    /// A plain-text table of the figures.
    public func table() -> String {
        let width = max(7, kinds.map(\.kind.count).max() ?? 0)
        func row(_ score: EvaluationScore) -> String {
            score.kind.padding(toLength: width, withPad: " ", startingAt: 0)
                + pad(score.truePositives, 5) + pad(score.falsePositives, 5) + pad(score.falseNegatives, 5)
                + "  " + figure(score.precision, width: 9) + "  " + figure(score.recall, width: 6)
        }
        var out = "kind".padding(toLength: width, withPad: " ", startingAt: 0) + "   TP   FP   FN  precision  recall\n"
        for score in kinds where score.kind != "overall" { out += row(score) + "\n" }
        out += String(repeating: "-", count: width + 34) + "\n" + row(overall) + "\n"
        return out
    }

    private func pad(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    private func figure(_ value: Double, width: Int) -> String {
        let hundredths = Int((value * 100).rounded())
        let text = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
