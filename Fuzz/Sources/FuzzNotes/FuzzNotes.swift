import Foundation
import OneOnOneAgenda
import OneOnOneChecks
import OneOnOneCore
import OneOnOneReports

/// The word every input hides in a private block. Seeing it in any output is a leak.
private let canary = "QZXCANARYQZX"
private let canaryBytes = Array(canary.utf8)

/// Appended to every note: a blank line ends whatever paragraph, list or table the input left
/// open, and the comment starts an HTML block that opens a private region. The canary is written
/// there as text and in suppression comments, whose words are private too.
private let privateTail = Data("\n\n<!-- private -->\n\(canary)\n<!-- oneonone-disable \(canary) -->\n<!-- oneonone-\(canary) -->\n<!-- /private -->\n".utf8)

/// Paths the notes are given, so one input exercises every layout: folder per person,
/// running doc, date and name in the file name.
private let paths = ["alice/2026-03-04.md", "alice/2026-03-11.md", "bob.md", "1-1/3-24-Ismail.md", "shared/carol.md"]

private let asOf = Day(year: 2026, month: 11, day: 21)!
/// The options without a configuration, made once (the vocabulary is compiled for them).
private let defaultOptions: ParseOptions = {
    var options = Configuration().parseOptions
    options.manager = "sam"
    return options
}()

/// One input: up to five notes separated by the byte 0x1E; an input whose first record starts
/// with `#config` gives the configuration instead. Loaded, parsed, linted and rendered in
/// memory (one input in 16 also prepares the next meeting's agenda); a crash, or the canary in
/// any output, stops the fuzzer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count)
    // An input that writes the canary itself may show it: only the private copy must stay hidden.
    if contains(canaryBytes, in: input) { return 0 }
    var records: [Data] = []
    var recordStart = 0
    while records.count < 5, let separator = input[recordStart...].firstIndex(of: 0x1E) {
        records.append(Data(input[recordStart..<separator]))
        recordStart = separator + 1
    }
    records.append(Data(input[recordStart...]))

    var options = defaultOptions
    var settings = RuleSettings()
    if let first = records.first, first.starts(with: Data("#config".utf8)) {
        records.removeFirst()
        let text = String(decoding: first.dropFirst(7), as: UTF8.self)
        do {
            let configuration = try Configuration.parse(text, file: ".oneonone.yml")
            settings = try RuleSettings(configuration)
            options = configuration.parseOptions
        } catch {
            check(error.description, "configuration error")
        }
    }

    let contents = records.prefix(paths.count).enumerated().map { index, record in
        (path: paths[index], folder: folder(of: paths[index]), data: record + privateTail)
    }
    let notebook = NotebookLoader(options: options).load(contents: contents) { _ in YearHint(year: 2026) }
    let findings = Linter(settings: settings).lint(notebook, asOf: asOf)
    let report = LintReport(findings: findings, files: notebook.files.map(\.path), meetings: notebook.meetingCount, toolVersion: "fuzz")

    // One output an input, chosen by its length, so every format is covered and each run stays
    // cheap: SARIF, whose rule metadata costs as much as the rest together, one input in 16.
    switch count % 16 {
    case 0: check(OutputFormat.sarif.render(report), "SARIF output")
    case 1, 2: check(notebook.json.pretty, "parse JSON")
    case 3, 4, 5: check(OutputFormat.json.render(report), "JSON output")
    case 6, 7, 8: check(OutputFormat.github.render(report), "GitHub output")
    case 9, 10, 11: check(OutputFormat.junit.render(report), "JUnit output")
    case 12: agenda(notebook, options: options, settings: settings) { path in contents.first { $0.path == path }?.data }
    default: check(OutputFormat.text.render(report), "text output")
    }
    return 0
}

/// The next meeting's note for the first series, and where `agenda --write` would put it (a new
/// file, or a section of its running doc, read from the input): the canary must be in neither.
private func agenda(_ notebook: Notebook, options: ParseOptions, settings: RuleSettings, read: (String) -> Data?) {
    guard let series = notebook.series.first else { return }
    do {
        let made = try AgendaMaker(options: options, settings: settings, asOf: asOf)
            .agenda(for: series.person, series: series, dateStyle: AgendaMaker.dateStyle(of: series, in: notebook))
        check(made.note, "agenda")
        check(try NoteEdit.placing(made, series: series, notebook: notebook, folder: "notes", read: read).added, "agenda --write")
    } catch {
        check(error.description, "agenda error")
    }
}

/// The folder a path lies in, as the loader takes it.
private func folder(of path: String) -> String {
    path.split(separator: "/").dropLast().joined(separator: "/")
}

/// Stops the run, which libFuzzer records as a crash with this input, when `output` leaks.
private func check(_ output: String, _ what: String) {
    var output = output
    guard output.withUTF8({ contains(canaryBytes, in: $0) }) else { return }
    FileHandle.standardError.write(Data("private text leaked into the \(what)\n".utf8))
    abort()
}

/// Whether `word` occurs in `text`. memchr finds each candidate: libc's search is not
/// instrumented, where a Swift loop would pay the fuzzer's coverage hook on every byte. The
/// rest is compared by hand: libFuzzer watches memcmp's arguments and would learn the word.
private func contains(_ word: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = text.baseAddress, let first = word.first, text.count >= word.count else { return false }
    var from = 0
    let last = text.count - word.count
    while from <= last, let hit = memchr(base + from, Int32(first), last - from + 1) {
        let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        if word.indices.allSatisfy({ base[at + $0] == word[$0] }) { return true }
        from = at + 1
    }
    return false
}

/// The executable's entry: libFuzzer's driver, which calls `LLVMFuzzerTestOneInput`.
@main
enum FuzzNotes {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            guard let data else { return 0 }
            return fuzzOneInput(UnsafeRawPointer(data), size)
        })
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
