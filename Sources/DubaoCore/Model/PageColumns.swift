/// A page's columns (栏目): the column names of its articles, each once, in the order they first appear. The
/// sections pane lists them under the page; the library keeps them with the page so that it can list them
/// before the page's stories are read.
public enum PageColumns {
    public static func inOrder<S: Sequence>(_ columns: S) -> [String] where S.Element == String? {
        var seen: [String] = []
        for case let c? in columns where !seen.contains(c) { seen.append(c) }
        return seen
    }
}
