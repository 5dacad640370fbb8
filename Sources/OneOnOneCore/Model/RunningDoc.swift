/// How a running doc (one file, a dated heading per meeting) is laid out, so that a new
/// meeting can be written the way the doc's own meetings are: at its heading level, at the end
/// its order calls for, with its date style.
public struct RunningDoc: Sendable, Hashable {
    /// The level of the dated meeting headings (`##` is 2).
    public var headingLevel: Int
    /// Whether the newest meeting comes first (the common order for a doc read from the top).
    public var newestFirst: Bool
    /// How the headings write their dates.
    public var dateStyle: DateStyle
}

