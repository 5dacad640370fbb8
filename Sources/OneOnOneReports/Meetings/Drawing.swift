/// A small drawing of shapes and labels that becomes an inline SVG: the report's charts are
/// made of it, so every number and label passes through one escaping point, never pasted into
/// markup by hand.
public struct Drawing: Sendable, Equatable {
    /// One shape or label. `style` is a CSS class of the report's stylesheet; `tip` becomes
    /// the shape's `<title>`, which browsers show on hover and screen readers read.
    public enum Shape: Sendable, Equatable {
        case rect(x: Double, y: Double, width: Double, height: Double, style: String, tip: String?)
        case circle(x: Double, y: Double, radius: Double, style: String, tip: String?)
        case line(x1: Double, y1: Double, x2: Double, y2: Double, style: String)
        case text(x: Double, y: Double, text: String, style: String, anchor: Anchor)
    }

    public enum Anchor: String, Sendable { case start, middle, end }

    public var width: Double
    public var height: Double
    /// What the chart shows, in a sentence: the SVG's `<title>`.
    public var title: String
    public var shapes: [Shape] = []

    public init(width: Double, height: Double, title: String) {
        self.width = width
        self.height = height
        self.title = title
    }

    public mutating func add(_ shape: Shape) { shapes.append(shape) }

    /// The SVG element; it scales to its container's width.
    public var svg: String {
        var out = "<svg viewBox=\"0 0 \(Drawing.number(width)) \(Drawing.number(height))\" role=\"img\" aria-label=\"\(Escaping.xml(title))\" xmlns=\"http://www.w3.org/2000/svg\">"
        out += "<title>\(Escaping.xml(title))</title>"
        for shape in shapes {
            switch shape {
            case .rect(let x, let y, let width, let height, let style, let tip):
                out += "<rect x=\"\(Drawing.number(x))\" y=\"\(Drawing.number(y))\" width=\"\(Drawing.number(width))\" height=\"\(Drawing.number(height))\" class=\"\(Escaping.xml(style))\">\(Drawing.tip(tip))</rect>"
            case .circle(let x, let y, let radius, let style, let tip):
                out += "<circle cx=\"\(Drawing.number(x))\" cy=\"\(Drawing.number(y))\" r=\"\(Drawing.number(radius))\" class=\"\(Escaping.xml(style))\">\(Drawing.tip(tip))</circle>"
            case .line(let x1, let y1, let x2, let y2, let style):
                out += "<line x1=\"\(Drawing.number(x1))\" y1=\"\(Drawing.number(y1))\" x2=\"\(Drawing.number(x2))\" y2=\"\(Drawing.number(y2))\" class=\"\(Escaping.xml(style))\"/>"
            case .text(let x, let y, let text, let style, let anchor):
                out += "<text x=\"\(Drawing.number(x))\" y=\"\(Drawing.number(y))\" class=\"\(Escaping.xml(style))\" text-anchor=\"\(anchor.rawValue)\">\(Escaping.xml(text))</text>"
            }
        }
        return out + "</svg>"
    }

    private static func tip(_ text: String?) -> String { text.map { "<title>\(Escaping.xml($0))</title>" } ?? "" }

    /// A coordinate with at most one decimal; never NaN or infinite in the markup.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
