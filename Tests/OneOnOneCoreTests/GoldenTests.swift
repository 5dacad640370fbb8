import Foundation
import Testing
@testable import OneOnOneCore

@Suite("Recipe files")
struct RecipeFileTests {
    @Test("every YAML recipe parses", arguments: [
        ".pre-commit-hooks.yaml", "examples/hooks/pre-commit-config.yaml", "examples/ci/github-actions.yml",
        "examples/ci/gitlab-ci.yml", "examples/notes/.oneonone.yml",
    ])
    func parses(path: String) throws {
        let text = try String(contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8)
        #expect(try YAMLValue.parse(text) != nil)
    }

    @Test("the pre-commit manifest names the hook, its entry and the files it takes")
    func manifest() throws {
        let text = try String(contentsOf: packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        guard case .sequence(let hooks, _)? = try YAMLValue.parse(text), case .mapping(let fields, _)? = hooks.first else {
            Issue.record("not a list of hooks")
            return
        }
        let values = Dictionary(fields.compactMap { entry in entry.value.scalar.map { (entry.key, $0) } }, uniquingKeysWith: { a, _ in a })
        #expect(values["id"] == "oneonone")
        #expect(values["entry"] == "oneonone lint --files")
        #expect(values["language"] == "swift")
        #expect(fields.contains { $0.key == "types" })
    }
}
