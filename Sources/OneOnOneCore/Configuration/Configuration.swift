import Foundation

/// `.oneonone.yml`: who the manager and people are, how dates are written, which documents are
/// shared, extra vocabulary, and rule settings (PRODUCT.md, "Configuration").
///
/// Rule settings are kept as written; the checks module validates them against the rules it has.
public struct Configuration: Sendable {
    /// The file this configuration was read from, if any.
    public var file: String?
    /// The file as error messages name it.
    public var source = ".oneonone.yml"
    public var manager: String?
    /// Whose notes these are, when they are a report's notes about their 1:1s with their manager.
    public var me: String?
    public var dateOrder: DateOrder?
    public var people: [String: ParseOptions.Person] = [:]
    public var shared: [String] = []
    public var exclude: [String] = []
    public var vocabulary: [Topic: [String]] = [:]
    public var rules: [YAMLValue.Entry] = []

    public init() {}

    /// The file names looked for, in order.
    public static let fileNames = [".oneonone.yml", ".oneonone.yaml"]

    /// The top-level keys a configuration may hold.
    public static let keys = ["manager", "me", "date-order", "people", "shared", "exclude", "rules", "vocabulary"]

    /// What the parser needs from this configuration.
    public var parseOptions: ParseOptions {
        ParseOptions(dateOrder: dateOrder, manager: manager, me: me, people: people, sharedGlobs: shared,
                     root: root,
                     vocabulary: Vocabulary.standard.extended(with: vocabulary))
    }

    /// The folder globs are relative to.
    public var root: String? { file.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path } }

    /// The configuration file for `path`: the nearest `.oneonone.yml` from `path` upwards, stopping
    /// at the git root (the folder holding `.git`).
    public static func find(from path: String) -> String? {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        var folder = URL(fileURLWithPath: path).standardizedFileURL
        if !manager.fileExists(atPath: folder.path, isDirectory: &isFolder) || !isFolder.boolValue {
            folder.deleteLastPathComponent()
        }
        while true {
            for name in fileNames {
                let candidate = folder.appendingPathComponent(name).path
                if manager.fileExists(atPath: candidate) { return candidate }
            }
            if manager.fileExists(atPath: folder.appendingPathComponent(".git").path) { return nil }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// Reads and checks a configuration file.
    /// A configuration found in the notes repository (`within` its `Paths.boundary`) is not read
    /// when it is a link out of it.
    public static func load(path: String, within boundary: String? = nil) throws(ConfigurationError) -> Configuration {
        let shown = Paths.shown(path)
        let read: Data?
        do {
            read = try boundary.map { boundary throws(Paths.LinkOutside) in try Paths.repositoryFile(path, within: boundary) } ?? FileManager.default.contents(atPath: path)
        } catch {
            throw ConfigurationError(file: shown, line: 1, column: 1, message: "the configuration file is a link to a file outside the notes repository; it was not read")
        }
        guard let data = read else {
            throw ConfigurationError(file: shown, line: 1, column: 1, message: "cannot read the configuration file")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ConfigurationError(file: shown, line: 1, column: 1, message: "the configuration file is not UTF-8 text")
        }
        var configuration = try parse(text, file: shown)
        configuration.file = path
        configuration.source = shown
        return configuration
    }

    /// Checks a configuration's text; `file` names it in errors. Throws the first mistake;
    /// `mistakes(in:file:)` lists them all.
    public static func parse(_ text: String, file: String) throws(ConfigurationError) -> Configuration {
        let (configuration, mistakes) = read(text, file: file)
        if let first = mistakes.first { throw first }
        return configuration
    }

    /// Every mistake in a configuration's text, in order: a user fixes them all in one go.
    public static func mistakes(in text: String, file: String) -> [ConfigurationError] {
        read(text, file: file).mistakes
    }

    /// Every mistake in the configuration file at `path`.
    public static func mistakes(path: String, within boundary: String? = nil) -> [ConfigurationError] {
        do {
            _ = try load(path: path, within: boundary)
            return []
        } catch {
            // Read again only when it was read at all: a link out of the repository stays unread.
            guard boundary.map({ Paths.leadsInside(path, $0) == true }) ?? true,
                  let text = FileManager.default.contents(atPath: path).flatMap({ String(validating: $0, as: UTF8.self) }) else { return [error] }
            let all = mistakes(in: text, file: error.file)
            return all.isEmpty ? [error] : all
        }
    }

    private static func read(_ text: String, file: String) -> (Configuration, mistakes: [ConfigurationError]) {
        var configuration = Configuration()
        configuration.source = file
        let root: YAMLValue?
        do {
            root = try YAMLValue.parse(text)
        } catch {
            return (configuration, [ConfigurationError(file: file, line: error.position.line, column: error.position.column, message: "not valid YAML: \(error.message)")])
        }
        guard let root else { return (configuration, []) }
        let reader = Reader(file: file)
        let entries: [YAMLValue.Entry]
        do {
            entries = try reader.mapping(root, what: "the configuration")
        } catch {
            return (configuration, [error])
        }
        // Each top-level key is read on its own, so every mistake is found, not only the first.
        var mistakes: [ConfigurationError] = []
        for entry in entries {
            switch reading(entry, into: configuration, with: reader) {
            case .success(let read): configuration = read
            case .failure(let mistake): mistakes.append(mistake)
            }
        }
        return (configuration, mistakes)
    }

    /// The configuration with one top-level key read into it, or what is wrong with the key.
    private static func reading(_ entry: YAMLValue.Entry, into configuration: Configuration, with reader: Reader) -> Result<Configuration, ConfigurationError> {
        var configuration = configuration
        do {
            try apply(entry, to: &configuration, with: reader)
            return .success(configuration)
        } catch let error as ConfigurationError {
            return .failure(error)
        } catch {
            return .failure(ConfigurationError(file: reader.file, line: entry.keyPosition.line, column: entry.keyPosition.column, message: "\(error)"))
        }
    }

    private static func apply(_ entry: YAMLValue.Entry, to configuration: inout Configuration, with reader: Reader) throws {
        switch entry.key {
        case "manager": configuration.manager = try reader.string(entry)
        case "me": configuration.me = try reader.string(entry)
        case "date-order":
            let text = try reader.string(entry)
            guard let order = DateOrder(rawValue: text.lowercased()) else {
                throw reader.error(entry.value, "`date-order` is `\(text)`; expected `mdy` (03/04/2026 is March 4) or `dmy` (4 March)")
            }
            configuration.dateOrder = order
        case "people":
            for person in try reader.mapping(entry.value, what: "`people`") {
                configuration.people[person.key.lowercased()] = try reader.person(person)
            }
        case "shared": configuration.shared = try reader.globs(entry)
        case "exclude": configuration.exclude = try reader.globs(entry)
        case "vocabulary":
            for topicEntry in try reader.mapping(entry.value, what: "`vocabulary`") {
                guard let topic = Topic(rawValue: topicEntry.key) else {
                    throw reader.unknown(topicEntry, in: "`vocabulary` topic", known: Topic.allCases.map(\.rawValue))
                }
                configuration.vocabulary[topic, default: []] += try reader.strings(topicEntry)
            }
        case "rules": configuration.rules = try reader.mapping(entry.value, what: "`rules`")
        default: throw reader.unknown(entry, in: "key", known: keys)
        }
    }

    /// Reads values of the expected kinds, or says where and what was expected.
    struct Reader {
        let file: String

        func error(_ value: YAMLValue, _ message: String) -> ConfigurationError {
            ConfigurationError(file: file, line: value.position.line, column: value.position.column, message: message)
        }

        func unknown(_ entry: YAMLValue.Entry, in what: String, known: [String]) -> ConfigurationError {
            var message = "unknown \(what) `\(entry.key)`"
            message += Suggestion.didYouMean(entry.key, among: known)
            message += " (known: \(known.joined(separator: ", ")))"
            return ConfigurationError(file: file, line: entry.keyPosition.line, column: entry.keyPosition.column, message: message)
        }

        func mapping(_ value: YAMLValue, what: String) throws(ConfigurationError) -> [YAMLValue.Entry] {
            switch value {
            case .mapping(let entries, _): return entries
            case .scalar("", _): return []
            default: throw error(value, "\(what) must be a mapping of `key: value` lines")
            }
        }

        func string(_ entry: YAMLValue.Entry) throws(ConfigurationError) -> String {
            guard let text = entry.value.scalar, !text.isEmpty else { throw error(entry.value, "`\(entry.key)` must be a single value") }
            return text
        }

        func strings(_ entry: YAMLValue.Entry) throws(ConfigurationError) -> [String] {
            switch entry.value {
            case .scalar(let text, _): return text.isEmpty ? [] : [text]
            case .sequence(let values, _):
                var result: [String] = []
                for value in values {
                    guard let text = value.scalar else { throw error(value, "`\(entry.key)` must be a list of strings") }
                    result.append(text)
                }
                return result
            case .mapping: throw error(entry.value, "`\(entry.key)` must be a list of strings")
            }
        }

        /// Globs, each readable: a glob that cannot be read would silently match nothing.
        func globs(_ entry: YAMLValue.Entry) throws(ConfigurationError) -> [String] {
            let patterns = try strings(entry)
            for pattern in patterns {
                if let problem = Glob.problem(in: pattern) {
                    throw error(entry.value, "`\(entry.key)` glob `\(pattern)` has \(problem); globs follow .gitignore: `*`, `**`, `?`, `[a-z]`, `{a,b}`, `!`")
                }
            }
            return patterns
        }

        func person(_ entry: YAMLValue.Entry) throws(ConfigurationError) -> ParseOptions.Person {
            var person = ParseOptions.Person()
            for field in try mapping(entry.value, what: "person `\(entry.key)`") {
                switch field.key {
                case "cadence":
                    let text = try string(field)
                    guard let days = Cadence.days(from: text) else {
                        throw error(field.value, "`cadence` of `\(entry.key)` is `\(text)`; expected weekly, biweekly, monthly, quarterly or a number of days up to \(Cadence.maximumDays)")
                    }
                    person.cadence = days
                case "aliases": person.aliases = try strings(field)
                case "kind":
                    let text = try string(field)
                    guard let kind = FrontMatter.kind(text) else {
                        throw error(field.value, "`kind` of `\(entry.key)` is `\(text)`; expected one-on-one, skip-level or career")
                    }
                    person.kind = kind
                default: throw unknown(field, in: "key for person `\(entry.key)`", known: ["cadence", "aliases", "kind"])
                }
            }
            return person
        }
    }
}

/// A configuration mistake, with where it is.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the way compilers and linters say it.
    public var description: String { "\(file):\(line):\(column): \(message)" }
}
