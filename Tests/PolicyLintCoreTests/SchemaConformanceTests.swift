import XCTest
import PolicyYAML
import PolicyLintTestSupport
@testable import PolicyLintCore

/// The generated JSON Schema accepts what the validator accepts and refuses what it refuses.
final class SchemaConformanceTests: XCTestCase {
    /// A YAML node as a JSON-compatible value, typed by the core schema.
    private func json(_ node: YAMLNode) -> Any {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return NSNull()
            case .bool(let flag): return flag
            case .int(let number): return number
            case .float(let number): return number
            case .string(let text): return text
            }
        case .sequence(let items): return items.map(json)
        case .mapping(let pairs):
            var object: [String: Any] = [:]
            for pair in pairs { object[pair.keyText] = json(pair.value) }
            return object
        }
    }

    private func validate(_ documents: [Any]) throws -> [String] {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let schema = directory.appendingPathComponent("schema.json")
        try JSONSchemaGenerator.policySchema().write(to: schema, atomically: true, encoding: .utf8)
        let instances = directory.appendingPathComponent("instances.json")
        try JSONSerialization.data(withJSONObject: documents).write(to: instances)
        let script = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            print("SKIP"); sys.exit(0)
        schema = json.load(open(sys.argv[1]))
        validator = jsonschema.Draft7Validator(schema)
        for index, instance in enumerate(json.load(open(sys.argv[2]))):
            errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
            print(str(index) + ":" + ("ok" if not errors else errors[0].message))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path, instances.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw XCTSkip("python3 is not available") }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if text.hasPrefix("SKIP") || process.terminationStatus != 0 { throw XCTSkip("python3 with jsonschema is not available") }
        return text.split(separator: "\n").map(String.init)
    }

    func testShippedPoliciesConformToTheSchema() throws {
        let folder = PackagePaths.root.appendingPathComponent("policies")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let documents = try files.map { file -> Any in
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            return json(try XCTUnwrap(try YAMLLoader.load(SourceText(name: file, bytes: [UInt8](data))).first?.root))
        }
        let results = try validate(documents)
        XCTAssertEqual(results.count, files.count)
        for (file, result) in zip(files, results) { XCTAssertTrue(result.hasSuffix(":ok"), "\(file): \(result)") }
    }

    func testTheSchemaRefusesWhatTheValidatorRefuses() throws {
        let header = "policy: 1\nid: x\ntitle: X\nkind: grant\n"
        let bad = [header + "funding: {totl: 1}\n", header + "funding: {match_funding: {share: 25}}\n",
                   header + "process: {access: closed}\n", "policy: 1\ntitle: X\n", header + "process: {window_days: 3}\n"]
        let documents = try bad.map { json(try XCTUnwrap(try YAMLLoader.load(text: $0).first?.root)) }
        for (text, result) in zip(bad, try validate(documents)) {
            XCTAssertFalse(result.hasSuffix(":ok"), "the schema accepted:\n\(text)")
            XCTAssertFalse(PolicyReader().read(SourceText(name: "t", text: text)).findings.isEmpty, "the validator accepted:\n\(text)")
        }
    }
}
