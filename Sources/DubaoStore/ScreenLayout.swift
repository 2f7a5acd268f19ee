/// Where the panes go for a terminal size: three panes from 100 columns, two from 60, one below. Pure
/// geometry shared by the reducer (how far a page scrolls) and the views (where to draw).
public struct ScreenLayout: Sendable, Equatable {
    public enum Pane: Sendable, Equatable, CaseIterable { case sections, articles, article }

    public struct Frame: Sendable, Equatable {
        public var pane: Pane
        public var x: Int
        public var width: Int
    }

    public static let minimumColumns = 30
    public static let minimumRows = 8
    public static let threePaneColumns = 100
    public static let twoPaneColumns = 60

    public var columns: Int
    public var rows: Int
    public var frames: [Frame]

    /// Rows 1 … rows-2 hold the panes: row 0 is the title bar, the last row the status line.
    public var top: Int { 1 }
    public var height: Int { max(0, rows - 2) }
    /// Rows for items in a pane (its first row is the pane's header).
    public var viewport: Int { max(1, height - 1) }
    /// Article list entries take two rows each (headline; kicker, byline, length).
    public static let rowsPerStory = 2
    public var storyViewport: Int { max(1, viewport / Self.rowsPerStory) }
    public var tooSmall: Bool { columns < Self.minimumColumns || rows < Self.minimumRows }

    /// `readingOnly`: the article alone across the whole width (z), for narrow terminals and long reads.
    public init(columns: Int, rows: Int, focus: Pane, readingOnly: Bool = false) {
        self.columns = columns
        self.rows = rows
        let c = columns
        if readingOnly && focus == .article {
            frames = [Frame(pane: .article, x: 0, width: c)]
        } else if c >= Self.threePaneColumns {
            let s = min(34, max(22, c * 22 / 100))
            let a = min(50, max(30, c * 30 / 100))
            frames = [Frame(pane: .sections, x: 0, width: s), Frame(pane: .articles, x: s + 1, width: a),
                      Frame(pane: .article, x: s + a + 2, width: c - s - a - 2)]
        } else if c >= Self.twoPaneColumns {
            let l = min(40, max(24, c * 40 / 100))
            let pair: (Pane, Pane) = focus == .sections ? (.sections, .articles) : (.articles, .article)
            frames = [Frame(pane: pair.0, x: 0, width: l), Frame(pane: pair.1, x: l + 1, width: c - l - 1)]
        } else {
            frames = [Frame(pane: focus, x: 0, width: c)]
        }
    }

    public func frame(_ p: Pane) -> Frame? { frames.first { $0.pane == p } }
    public var paneCount: Int { frames.count }

    /// The pane under column `x`.
    public func pane(atColumn x: Int) -> Pane? { frames.first { x >= $0.x && x < $0.x + $0.width }?.pane }
}
