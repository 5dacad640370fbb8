import Foundation
import Mustache
import OneOnOneCore

/// The agenda templates a notes repository can use: the shipped ones (`templates/`), overridden
/// or added to by the repository's `.oneonone/templates/NAME.md`.
public struct TemplateLibrary: Sendable {
    /// One template, with where it comes from.
    public struct Template: Sendable {
        public var name: String
        /// `shipped`, or the path of the repository's file.
        public var source: String
        public var text: String
    }

    /// By name, sorted.
    public var templates: [Template]

    /// The templates that ship with the tool, compiled into it.
    public static let shipped = TemplateLibrary(templates: [
        Template(name: "career", source: "shipped", text: String(decoding: PackageResources.career_md, as: UTF8.self)),
        Template(name: "one-on-one", source: "shipped", text: String(decoding: PackageResources.one_on_one_md, as: UTF8.self)),
        Template(name: "skip-level", source: "shipped", text: String(decoding: PackageResources.skip_level_md, as: UTF8.self)),
    ])

    /// The shipped templates with the `.md` files of `folder` (a repository's
    /// `.oneonone/templates`) over them, when it exists. A template that is a link out of the
    /// repository (`boundary`) is an error, not read.
    public static func with(folder: String, within boundary: String) throws(Paths.LinkOutside) -> TemplateLibrary {
        var library = shipped
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for file in names.sorted() where file.hasSuffix(".md") {
            let path = folder + "/" + file
            guard let data = try Paths.repositoryFile(path, within: boundary) else { continue }
            let template = Template(name: String(file.dropLast(3)), source: path, text: String(decoding: data, as: UTF8.self))
            library.templates.removeAll { $0.name == template.name }
            library.templates.append(template)
        }
        library.templates.sort { $0.name < $1.name }
        return library
    }

    public func template(named name: String) -> Template? {
        templates.first { $0.name == name }
    }
}

extension TemplateLibrary.Template {
    /// The template filled with `values`. Values are written as they are (Markdown, not HTML:
    /// nothing is escaped); a template that is not valid Mustache is an error naming its line.
    public func render(_ values: [String: Any]) throws(AgendaError) -> String {
        // The Mustache library parses and renders sections by recursion: a template from the
        // repository nested a few thousand deep would overflow the stack.
        guard Self.sectionDepth(text) <= Self.maximumDepth else {
            throw AgendaError("\(shownSource): the template nests sections more than \(Self.maximumDepth) deep")
        }
        let template: MustacheTemplate
        do {
            // The pragma on a line of its own renders nothing and takes no line.
            template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}\n" + text)
        } catch let error as MustacheTemplate.ParserError {
            throw AgendaError("\(shownSource):\(error.context.lineNumber - 1):\(error.context.columnNumber): the template is not valid Mustache (\(error.error))")
        } catch {
            throw AgendaError("\(shownSource): the template is not valid Mustache")
        }
        return template.render(values)
    }

    /// Where the template is, as a message names it.
    private var shownSource: String { source == "shipped" ? "templates/\(name).md" : Paths.shown(source) }

    /// Deeper than any template needs (the shipped ones nest three), and far from a stack's end.
    static let maximumDepth = 100

    /// How deep `text` nests sections (`#`, `^`, `$`, `<` open one, `/` closes it), its tags read
    /// as Mustache reads them, delimiters set by `{{=<% %>=}}` included. Generous by design: a
    /// tag that might open a section counts as one.
    static func sectionDepth(_ text: String) -> Int {
        var (open, close) = ("{{", "}}")
        var depth = 0, deepest = 0
        var rest = text[...]
        while let start = rest.utf8Range(of: open), let end = rest[start.upperBound...].utf8Range(of: close) {
            let tag = rest[start.upperBound..<end.lowerBound].drop(while: \.isWhitespace)
            rest = rest[end.upperBound...]
            switch tag.first {
            case "#", "^", "$", "<":
                depth += 1
                deepest = max(deepest, depth)
            case "/":
                depth = max(0, depth - 1)
            case "=":
                let delimiters = tag.dropFirst().dropLast().split(whereSeparator: \.isWhitespace)
                if delimiters.count == 2 { (open, close) = (String(delimiters[0]), String(delimiters[1])) }
            default:
                break
            }
        }
        return deepest
    }
}
