/// Which OneOnOne this is, and where it lives: `oneonone --version`, SARIF's tool version and its
/// links to the rules' documentation all read it here. The git tag is `v` + `version`;
/// CHANGELOG.md and the snippets in README.md and examples/ pin the same (a test checks).
public enum Release {
    public static let version = "0.1.0"
    /// The project's repository, which documentation links point into.
    public static let home = "https://github.com/oneonone/oneonone"

    /// The README at this version's tag, at `anchor`.
    public static func readme(anchor: String) -> String { "\(home)/blob/v\(version)/README.md#\(anchor)" }
}
