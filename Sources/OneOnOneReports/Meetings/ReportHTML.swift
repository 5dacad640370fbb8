import OneOnOneCore

extension MeetingReport {
    /// The report as one self-contained page: inline CSS and SVG, no script, font or image
    /// from the network. Charts have a title and a table with the same figures for screen readers.
    public var html: String {
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>How the 1:1s are going, as of \(asOf)</title>
        <style>\(MeetingReport.css)</style>
        </head>
        <body>
        <main>
        <h1>How the 1:1s are going</h1>
        <p class="period">As of \(asOf)\(since.map { ", from \($0) to \(until)" } ?? ", up to \(until)")\(isRedacted ? " · figures only" : "").</p>

        """
        if series.isEmpty { return out + "<p>No 1:1 notes found.</p>\n</main>\n</body>\n</html>\n" }
        out += "<section aria-labelledby=\"team\"><h2 id=\"team\">Team</h2>\n<div class=\"scroll\"><table class=\"team\">\n"
        out += "<thead><tr><th scope=\"col\">Person</th><th scope=\"col\">Kind</th><th scope=\"col\" class=\"n\">Held</th><th scope=\"col\" class=\"n\">Cancelled</th><th scope=\"col\" class=\"n\">Median gap</th><th scope=\"col\" class=\"n\">On cadence</th><th scope=\"col\" class=\"n\">Items done</th><th scope=\"col\" class=\"n\">Open</th><th scope=\"col\" class=\"n\">Overdue</th><th scope=\"col\">Last career talk</th><th scope=\"col\">Last upward feedback</th></tr></thead>\n<tbody>\n"
        for figures in series {
            out += "<tr><th scope=\"row\"><a href=\"#\(MeetingReport.anchor(figures.person))\">\(Escaping.xml(figures.person))</a></th><td>\(figures.kind.rawValue)</td><td class=\"n\">\(figures.held)</td><td class=\"n\">\(figures.cancelled)</td><td class=\"n\">\(MeetingReport.days(figures.medianGap))</td><td class=\"n\">\(MeetingReport.percent(figures.onCadence))</td><td class=\"n\">\(MeetingReport.percent(figures.completionRate))</td><td class=\"n\">\(figures.open)</td><td class=\"n\(figures.overdue > 0 ? " warn" : "")\">\(figures.overdue)</td><td>\(figures.lastCareerTalk.map(\.description) ?? "never")</td><td>\(figures.lastUpwardFeedback.map(\.description) ?? "never")</td></tr>\n"
        }
        out += "</tbody>\n</table></div>\n</section>\n"
        out += "<section aria-labelledby=\"attention\"><h2 id=\"attention\">Needs attention</h2>\n"
        out += attention.isEmpty ? "<p>Nothing stands out.</p>\n"
            : "<ol class=\"attention\">\n" + attention.map { "<li><strong>\(Escaping.xml($0.person))</strong>: \(Escaping.xml($0.why)) <code>\(Escaping.xml($0.rule))</code></li>\n" }.joined() + "</ol>\n"
        out += "</section>\n"
        for figures in series { out += section(figures) }
        return out + "</main>\n</body>\n</html>\n"
    }

    private func section(_ figures: SeriesFigures) -> String {
        let id = MeetingReport.anchor(figures.person)
        var out = "<section class=\"series\" aria-labelledby=\"\(id)\"><h2 id=\"\(id)\">\(Escaping.xml(figures.person)) <span class=\"kind\">\(figures.kind.rawValue), every \(figures.cadence.days) days</span></h2>\n"
        out += "<div class=\"figures\">\n"
        out += MeetingReport.figure("\(figures.held)", "held", "\(figures.cancelled) cancelled, \(figures.rescheduled) rescheduled")
        out += MeetingReport.figure(MeetingReport.days(figures.medianGap), "median gap", "longest \(figures.longestGap.map { "\($0) days" } ?? "–"), \(MeetingReport.percent(figures.onCadence)) on cadence")
        out += MeetingReport.figure(MeetingReport.percent(figures.completionRate), "of items done", "\(figures.completed) of \(figures.created), median \(MeetingReport.days(figures.medianDaysToClose)) to close")
        out += MeetingReport.figure("\(figures.open)", "open items", "\(figures.overdue) overdue")
        out += "</div>\n"
        out += "<h3>Meetings</h3>\n<figure>\(timeline(figures).svg)<figcaption>Each dot a meeting; ticks mark the dates the cadence expects.</figcaption></figure>\n"
        out += "<details><summary>Meetings as a table</summary><table><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Status</th></tr></thead><tbody>"
        out += figures.occasions.map { "<tr><td>\($0.date)</td><td>\($0.status.rawValue)</td></tr>" }.joined() + "</tbody></table></details>\n"
        out += "<h3>Topics by month</h3>\n<figure>\(topicChart(figures).svg)<figcaption>\(MeetingReport.legend)</figcaption></figure>\n"
        out += "<details><summary>Topics as a table</summary><table><thead><tr><th scope=\"col\">Month</th>"
        out += SeriesFigures.topicKeys.map { "<th scope=\"col\" class=\"n\">\($0)</th>" }.joined() + "</tr></thead><tbody>"
        for month in figures.topicsByMonth {
            out += "<tr><th scope=\"row\">\(month.month)</th>" + SeriesFigures.topicKeys.map { "<td class=\"n\">\(month.counts[$0] ?? 0)</td>" }.joined() + "</tr>"
        }
        out += "</tbody></table></details>\n"
        out += "<p>Last career talk: \(figures.lastCareerTalk.map(\.description) ?? "never") · last upward feedback: \(figures.lastUpwardFeedback.map(\.description) ?? "never")</p>\n"
        if !figures.findings.isEmpty {
            out += "<p class=\"findings\">Findings: " + figures.findings.map { "<code>\(Escaping.xml($0.rule))</code> \($0.count)" }.joined(separator: ", ") + "</p>\n"
        }
        if !figures.mostCarried.isEmpty {
            out += "<h3>Carried over the most</h3>\n<ul>\n"
            for thread in figures.mostCarried {
                out += isRedacted ? "<li>carried \(thread.carried) times since \(thread.first)</li>\n"
                    : "<li>\(Escaping.xml(thread.text)): carried \(thread.carried) times since \(thread.first)</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }

    /// At most this many expected dates on the 700-pixel axis: some 3.5 pixels apart.
    static let maximumTicks = 200.0

    /// Meetings on a time axis, with the dates the cadence expects after each held one.
    func timeline(_ figures: SeriesFigures) -> Drawing {
        let width = 720.0, left = 10.0, right = 10.0, axis = 40.0
        var drawing = Drawing(width: width, height: 64, title: "Meetings with \(figures.person): \(figures.held) held, \(figures.cancelled) cancelled, \(figures.rescheduled) rescheduled")
        guard let first = figures.occasions.first?.date else { return drawing }
        let end = max(until, figures.occasions.last?.date ?? until)
        let span = Double(max(1, end.days(since: first)))
        func x(_ day: Day) -> Double { left + (width - left - right) * Double(day.days(since: first)) / span }
        drawing.add(.line(x1: left, y1: axis, x2: width - right, y2: axis, style: "axis"))
        // A tick per expected date, while they can be told apart: a date mistyped a century off
        // would otherwise draw tens of thousands of them.
        var expected = first
        while expected <= end, span / Double(figures.cadence.days) <= MeetingReport.maximumTicks {
            drawing.add(.line(x1: x(expected), y1: axis - 4, x2: x(expected), y2: axis + 4, style: "tick"))
            expected = expected.adding(days: figures.cadence.days)
        }
        for (date, status) in figures.occasions {
            drawing.add(.circle(x: x(date), y: axis, radius: status == .held ? 6 : 5, style: status.rawValue, tip: "\(date): \(status.rawValue)"))
        }
        drawing.add(.text(x: left, y: 60, text: first.description, style: "label", anchor: .start))
        drawing.add(.text(x: width - right, y: 60, text: end.description, style: "label", anchor: .end))
        return drawing
    }

    /// Stacked bars per month: each topic's share of that month's discussion items.
    func topicChart(_ figures: SeriesFigures) -> Drawing {
        // A fixed width, so that labels keep their size whatever the number of months.
        let width = 720.0, top = 10.0, height = 140.0, gap = 16.0
        let barWidth = min(72, (width - gap) / Double(max(1, figures.topicsByMonth.count)) - gap)
        var drawing = Drawing(width: width, height: top + height + 24, title: "Topics of \(figures.person)'s 1:1s by month, as shares of what was discussed")
        for (index, month) in figures.topicsByMonth.enumerated() {
            let total = Double(month.counts.values.reduce(0, +))
            let x = gap + Double(index) * (barWidth + gap)
            var y = top + height
            for key in SeriesFigures.topicKeys {
                guard let count = month.counts[key], count > 0, total > 0 else { continue }
                let h = height * Double(count) / total
                y -= h
                drawing.add(.rect(x: x, y: y, width: barWidth, height: h, style: "topic-\(key)", tip: "\(month.month): \(key) \(count) of \(Int(total))"))
            }
            drawing.add(.text(x: x + barWidth / 2, y: top + height + 16, text: month.month, style: "label", anchor: .middle))
        }
        return drawing
    }

    static var legend: String {
        SeriesFigures.topicKeys.map { "<span class=\"key\"><svg viewBox=\"0 0 10 10\" aria-hidden=\"true\"><rect width=\"10\" height=\"10\" class=\"topic-\($0)\"/></svg>\($0)</span>" }.joined(separator: " ")
    }

    private static func figure(_ value: String, _ label: String, _ detail: String) -> String {
        "<div class=\"figure\"><span class=\"value\">\(Escaping.xml(value))</span> <span class=\"label\">\(Escaping.xml(label))</span><span class=\"detail\">\(Escaping.xml(detail))</span></div>\n"
    }

    private static func anchor(_ person: String) -> String {
        "series-" + String(person.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "-" })
    }

    /// A share as a whole percentage, `–` when there is none (Markdown and HTML alike).
    static func percent(_ share: Double?) -> String { share.map { "\(Int(($0 * 100).rounded()))%" } ?? "–" }

    /// A number of days, `–` when there is none.
    static func days(_ value: Double?) -> String {
        guard let value else { return "–" }
        return value.rounded() == value ? "\(Int(value)) days" : "\(value) days"
    }

    /// Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), a type
    /// scale, dark mode and print.
    static let css = """
    :root{color-scheme:light dark;--fg:#1d1d1f;--muted:#5f6368;--bg:#fff;--card:#f6f7f9;--line:#d0d4da;--warn:#b3261e;
    --held:#0072B2;--cancelled:#D55E00;--rescheduled:#E69F00;
    --t-status:#999999;--t-check-in:#56B4E9;--t-career:#009E73;--t-feedback-upward:#CC79A7;--t-feedback-downward:#F0E442;
    --t-blockers:#D55E00;--t-strategy:#0072B2;--t-wins:#E69F00;--t-other:#cfd3d8}
    @media (prefers-color-scheme:dark){:root{--fg:#e8eaed;--muted:#a8adb4;--bg:#17181a;--card:#222326;--line:#3c4043;--warn:#f28b82;--t-other:#4a4d52}}
    *{box-sizing:border-box}
    body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
    main{max-width:60rem;margin:0 auto;padding:2rem 1.25rem}
    h1{font-size:2rem;line-height:1.2;margin:0 0 .25rem}
    h2{font-size:1.4rem;margin:2.5rem 0 .75rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
    h3{font-size:1.05rem;margin:1.5rem 0 .5rem;color:var(--muted)}
    .period,.kind,figcaption,.detail,.label{color:var(--muted)}
    .kind{font-size:.9rem;font-weight:normal}
    table{border-collapse:collapse;width:100%;font-size:.9rem}
    th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);white-space:nowrap}
    thead th{white-space:normal;vertical-align:bottom}
    .scroll{overflow-x:auto}
    .n{text-align:right;font-variant-numeric:tabular-nums}
    .warn{color:var(--warn);font-weight:600}
    a{color:inherit}
    .figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.75rem}
    .figure{background:var(--card);border-radius:.5rem;padding:.75rem}
    .figure .value{font-size:1.6rem;font-weight:600;font-variant-numeric:tabular-nums}
    .figure .detail{display:block;font-size:.85rem}
    figure{margin:0}
    svg{width:100%;height:auto;display:block}
    figcaption{font-size:.85rem}
    .key{white-space:nowrap;margin-right:.5rem}.key svg{width:.8em;height:.8em;display:inline-block;margin-right:.25em;vertical-align:-.05em}
    .axis{stroke:var(--line);stroke-width:2}.tick{stroke:var(--muted);stroke-width:1}
    .label{fill:var(--muted);font-size:11px}
    .held{fill:var(--held)}.cancelled{fill:var(--bg);stroke:var(--cancelled);stroke-width:2.5}.rescheduled{fill:var(--rescheduled)}
    .topic-status{fill:var(--t-status)}.topic-check-in{fill:var(--t-check-in)}.topic-career{fill:var(--t-career)}
    .topic-feedback-upward{fill:var(--t-feedback-upward)}.topic-feedback-downward{fill:var(--t-feedback-downward)}
    .topic-blockers{fill:var(--t-blockers)}.topic-strategy{fill:var(--t-strategy)}.topic-wins{fill:var(--t-wins)}.topic-other{fill:var(--t-other)}
    details{margin:.5rem 0;font-size:.9rem}
    code{font-size:.85em}
    @media print{body{font-size:11pt}main{max-width:none;padding:0}details{display:none}.series{break-inside:avoid}a{text-decoration:none}}
    """
}
