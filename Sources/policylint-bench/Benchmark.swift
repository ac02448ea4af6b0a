import ArgumentParser
import Foundation
import PolicyLintCore
import PolicyYAML

/// `policylint-bench`: measures policylint against the libyaml floor on a synthetic corpus.
@main
struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policylint-bench",
        abstract: "Measure policylint's throughput, parallel speed-up, peak memory and single-file latency.",
        discussion: "Build in release mode first: swift build -c release. Run: .build/release/policylint-bench"
    )

    @Option(help: "How many synthetic policies to generate.")
    var files: Int = 400

    @Option(help: "The approximate size of each policy, in bytes.")
    var size: Int = 16_000

    @Option(help: "The seed of the synthetic corpus.")
    var seed: UInt64 = 2027

    @Option(help: "How many times each in-process measurement is repeated (the best time counts).")
    var repeats: Int = 3

    @Flag(help: "Keep the generated corpus in the temporary directory (its path is printed), for profiling.")
    var keepCorpus = false

    func validate() throws {
        guard files >= 2, size >= 1_000, repeats >= 1 else { throw ValidationError("--files must be 2 or more, --size 1000 or more, --repeats 1 or more") }
    }

    func run() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policylint-bench-\(seed)-\(files)-\(size)")
        try? FileManager.default.removeItem(at: directory)
        defer { if !keepCorpus { try? FileManager.default.removeItem(at: directory) } }
        let corpus = SyntheticCorpus(count: files, targetBytes: size, seed: seed)
        let paths = try corpus.write(to: directory.appendingPathComponent("corpus"))
        let sources = try paths.map { SourceText(name: $0, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0)))) }
        let bytes = sources.reduce(0) { $0 + $1.bytes.count }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("policylint-bench: \(files) policies, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB, \(cores) cores, seed \(seed)")
        if keepCorpus { print("corpus kept in \(directory.path)") }
        #if DEBUG
        print("warning: this is a debug build; figures are meaningful only from `swift build -c release`")
        #endif

        // RuleSetBuilder shares one load of the built-in rulebook per process, so time the load itself.
        let loading = best {
            guard let rulebook = try? RulebookLoader(principles: try PrincipleCatalogues.builtIn()).builtIn() else { return }
            _ = RuleEngine(rulebooks: [rulebook], selection: RuleSelection())
        }
        let engine = try RuleSetBuilder(rulebookPaths: []).engine(selection: RuleSelection())
        let linter = Linter(engine: engine)
        let coldStart = DispatchTime.now().uptimeNanoseconds
        _ = linter.check(sources[0])
        let cold = Double(DispatchTime.now().uptimeNanoseconds - coldStart) / 1e6
        let warm = best { _ = linter.check(sources[0]) } * 1000
        // The two short measurements are repeated more, so a busy moment on a shared machine does not decide them.
        let floor = best(times: max(repeats, 10)) { for source in sources { _ = YAMLEventFloor.countEvents(source.bytes) } }
        let layer = best(times: max(repeats, 10)) { for source in sources { _ = try? YAMLLoader.load(source) } }
        let oneCore = best { for source in sources { _ = linter.check(source) } }
        let allCores = best {
            DispatchQueue.concurrentPerform(iterations: cores) { worker in
                for index in stride(from: worker, to: sources.count, by: cores) { _ = linter.check(sources[index]) }
            }
        }
        let findings = sources.reduce(0) { $0 + linter.check($1).findings.count }

        print("")
        print(row("measure", "files/s", "MB/s", "vs floor"))
        for (name, seconds) in [("(a) libyaml events (floor)", floor), ("(b) YAML layer", layer),
                                ("(c) full check, 1 core", oneCore), ("(c) full check, \(cores) cores", allCores)] {
            print(row(name, String(format: "%.0f", Double(files) / seconds), String(format: "%.1f", Double(bytes) / 1_048_576 / seconds),
                      String(format: "%.2fx", floor / seconds)))
        }
        print("")
        print("findings per run: \(findings)")
        print(String(format: "parallel speed-up on %d cores: %.2fx (goal: at least 1.7x on 2 cores)", cores, oneCore / allCores))
        print(String(format: "full check on 1 core vs floor: %.2fx of floor throughput (goal: at least 0.5x)", floor / oneCore))
        print(String(format: "loading the built-in rulebook, in process: %.1f ms (part of every run's start-up)", loading * 1000))
        print(String(format: "checking the first file, in process: %.1f ms the first time (patterns compiled on first use), %.1f ms after", cold, warm))
        measureProcesses(paths: paths, corpus: corpus, directory: directory)
    }

    private func measureProcesses(paths: [String], corpus: SyntheticCorpus, directory: URL) {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("policylint").path
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            print("(build the policylint executable beside this one to measure memory and single-file time)")
            return
        }
        var walls: [Double] = []
        for _ in 0..<11 {
            if let usage = ChildProcess.run(executable, ["check", paths[0], "--isolated"]) { walls.append(usage.seconds) }
        }
        walls.sort()
        if !walls.isEmpty {
            print(String(format: "one file, whole process, median of %d: %.1f ms wall (goal: under 20 ms)", walls.count, walls[walls.count / 2] * 1000))
        }
        let small = ChildProcess.run(executable, ["check", directory.appendingPathComponent("corpus").path, "--isolated", "--format", "concise"])
        let big = SyntheticCorpus(count: corpus.count * 4, targetBytes: corpus.targetBytes, seed: corpus.seed)
        let bigPaths = (try? big.write(to: directory.appendingPathComponent("corpus-4x"))) ?? []
        let large = bigPaths.isEmpty ? nil : ChildProcess.run(executable, ["check", directory.appendingPathComponent("corpus-4x").path, "--isolated", "--format", "concise"])
        let single = SyntheticCorpus(count: 1, targetBytes: corpus.targetBytes * 64, seed: corpus.seed)
        let singlePaths = (try? single.write(to: directory.appendingPathComponent("corpus-one-large"))) ?? []
        let oneLarge = singlePaths.first.flatMap { ChildProcess.run(executable, ["check", $0, "--isolated", "--format", "concise"]) }
        if let small, let large {
            print(String(format: "peak memory: %.1f MB for %d files, %.1f MB for %d files (4x the files)",
                         Double(small.peakKilobytes) / 1024, corpus.count, Double(large.peakKilobytes) / 1024, corpus.count * 4))
        }
        if let oneLarge {
            print(String(format: "peak memory: %.1f MB for one file of %.1f MB", Double(oneLarge.peakKilobytes) / 1024,
                         Double(corpus.targetBytes * 64) / 1_048_576))
        }
    }

    private func best(times: Int? = nil, _ body: () -> Void) -> Double {
        var result = Double.infinity
        for _ in 0..<(times ?? repeats) {
            let started = DispatchTime.now().uptimeNanoseconds
            body()
            result = min(result, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
        }
        return max(result, 1e-9)
    }

    private func row(_ name: String, _ a: String, _ b: String, _ c: String) -> String {
        name.padding(toLength: 32, withPad: " ", startingAt: 0) + a.leftPadded(10) + b.leftPadded(10) + c.leftPadded(10)
    }
}

extension String {
    /// The string right-aligned in `width` columns.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
