import Foundation
import Testing
@testable import OneOnOneCore

@Suite("The example notes")
struct GoldenTests {
    @Test("`parse examples/notes` matches the reviewed golden JSON")
    func examples() throws {
        let folder = packageRoot.appendingPathComponent("examples/notes").path
        let configuration = try Configuration.load(path: folder + "/.oneonone.yml")
        let book = NotebookLoader(options: configuration.parseOptions, finder: NoteFinder(exclude: configuration.exclude, root: configuration.root))
            .load(paths: [folder])
        let json = book.json.pretty.replacingOccurrences(of: folder, with: "examples/notes")
        let expected = try #require(golden("examples-notes.parse.json", json), "missing golden file: run ONEONONE_UPDATE_GOLDEN=1 swift test")
        #expect(json == expected)
    }
}
