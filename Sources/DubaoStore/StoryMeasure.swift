/// What scrolling needs to know of the shown story's layout: how many lines it takes in the article pane, and
/// which of them hold search hits.
public struct StoryMetrics: Sendable, Equatable {
    public var lines: Int
    public var hitLines: [Int]

    public init(lines: Int, hitLines: [Int] = []) {
        self.lines = lines
        self.hitLines = hitLines
    }

    public static let empty = StoryMetrics(lines: 0)
}

/// The reducer's one dependency: laying the shown story out by display width, as a function of the state.
/// Layout is the terminal's work (line breaking, the reading width, ambiguous-width characters), so the
/// terminal hands the function in, as The Composable Architecture hands a reducer its dependencies; the
/// reducer derives the story's metrics after every action and keeps them in the state for the next one.
/// No view writes anything back. Tests hand in a fixed answer.
public struct StoryMeasure {
    let metrics: (AppState) -> StoryMetrics

    public init(_ metrics: @escaping (AppState) -> StoryMetrics) { self.metrics = metrics }

    /// Every story is `lines` long, with hits on `hitLines` while a query is set (as a layout highlights hits
    /// only for a query); for tests.
    public static func fixed(lines: Int, hitLines: [Int] = []) -> StoryMeasure {
        StoryMeasure { s in StoryMetrics(lines: lines, hitLines: s.search?.query == nil ? [] : hitLines) }
    }
}
