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
        let template: MustacheTemplate
        do {
            // The pragma on a line of its own renders nothing and takes no line.
            template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}\n" + text)
        } catch let error as MustacheTemplate.ParserError {
            throw AgendaError("\(source == "shipped" ? "templates/\(name).md" : source):\(error.context.lineNumber - 1):\(error.context.columnNumber): the template is not valid Mustache (\(error.error))")
        } catch {
            throw AgendaError("\(source): the template is not valid Mustache")
        }
        return template.render(values)
    }
}
