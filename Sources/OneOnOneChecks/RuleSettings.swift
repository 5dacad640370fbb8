import OneOnOneCore

/// Which rules run, at what severity, with which options: the configuration's `rules:` and the
/// command line's `--enable` / `--disable`, checked against the catalogue.
public struct RuleSettings: Sendable {
    public var disabled: Set<String> = []
    public var severities: [String: Severity] = [:]
    public var options: [String: [String: Double]] = [:]

    public init() {}

    /// Reads `rules:` from a configuration; unknown ids, options and values are errors naming the line.
    public init(_ configuration: Configuration) throws(ConfigurationError) {
        let file = configuration.source
        func error(_ position: YAMLValue.Position, _ message: String) -> ConfigurationError {
            ConfigurationError(file: file, line: position.line, column: position.column, message: message)
        }
        for entry in configuration.rules {
            guard let rule = RuleCatalogue.description(of: entry.key) else {
                var message = "unknown rule `\(entry.key)` in `rules`"
                message += Suggestion.didYouMean(entry.key, among: RuleCatalogue.ids)
                throw error(entry.keyPosition, message + " (`oneonone rules` lists them)")
            }
            switch entry.value {
            case .scalar(let text, let position):
                try apply(text, to: rule.id, at: position, error)
            case .mapping(let fields, _):
                for field in fields {
                    if field.key == "severity" {
                        try apply(field.value.scalar ?? "", to: rule.id, at: field.value.position, error)
                    } else if let option = rule.options.first(where: { $0.name == field.key }) {
                        guard let text = field.value.scalar, let number = Double(text), option.accepts(number) else {
                            let given = field.value.scalar.map { " is `\($0)`;" } ?? ""
                            throw error(field.value.position, "`\(field.key)` of rule `\(rule.id)`\(given) expected \(option.allowed)")
                        }
                        options[rule.id, default: [:]][field.key] = number
                    } else {
                        let known = ["severity"] + rule.options.map(\.name)
                        var message = "unknown option `\(field.key)` for rule `\(rule.id)`"
                        message += Suggestion.didYouMean(field.key, among: known)
                        throw ConfigurationError(file: file, line: field.keyPosition.line, column: field.keyPosition.column,
                                                 message: message + " (known: \(known.joined(separator: ", ")))")
                    }
                }
            case .sequence(_, let position):
                throw error(position, "rule `\(rule.id)` takes `off`, a severity, or a mapping of options")
            }
        }
    }

    private mutating func apply(_ text: String, to id: String, at position: YAMLValue.Position,
                                _ error: (YAMLValue.Position, String) -> ConfigurationError) throws(ConfigurationError) {
        switch text.lowercased() {
        case "off", "false", "no", "disabled": disabled.insert(id)
        case "on", "true", "yes", "enabled": disabled.remove(id)
        default:
            guard let severity = Severity(rawValue: text.lowercased()) else {
                throw error(position, "rule `\(id)` is `\(text)`; expected off, error, warning or info")
            }
            severities[id] = severity
            disabled.remove(id)
        }
    }

    /// Applies `--enable` / `--disable`; an unknown id is an error with a suggestion.
    public mutating func override(enable: [String], disable: [String]) throws(ConfigurationError) {
        for id in enable + disable where RuleCatalogue.description(of: id) == nil {
            var message = "unknown rule `\(id)`"
            message += Suggestion.didYouMean(id, among: RuleCatalogue.ids)
            throw ConfigurationError(file: "command line", line: 0, column: 0, message: message + " (`oneonone rules` lists them)")
        }
        disabled.subtract(enable)
        disabled.formUnion(disable)
    }

    public func isEnabled(_ id: String) -> Bool { !disabled.contains(id) }

    /// A rule's option as configured, else its default (the agenda's nudges use the rules' windows).
    public func option(_ name: String, of rule: String) -> Double {
        options[rule]?[name] ?? RuleCatalogue.description(of: rule)?.options.first { $0.name == name }?.defaultValue ?? 0
    }

    public func severity(of rule: RuleDescription) -> Severity { severities[rule.id] ?? rule.severity }
}
