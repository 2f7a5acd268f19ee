/// How a page number is written for readers: `第2版`; a page without a number is `版次不详`.
public enum PageLabel {
    public static func of(_ n: Int) -> String { common.indices.contains(n) ? common[n] : "第\(n)版" }

    /// The labels of the pages most papers print, made once (the sections pane labels every page of a decade).
    static let common = (0..<100).map { "第\($0)版" }

    public static func of(_ n: Int?) -> String { n.map(of) ?? unknown }

    public static let unknown = "版次不详"

    /// The note for the other part of a story that is not in the library: `（上接第1版 · 第1版不在本库中）`.
    public static func missingPart(from page: Int) -> String { "（上接\(of(page)) · \(of(page))不在本库中）" }
    public static func missingPart(to page: Int) -> String { "（下转\(of(page)) · \(of(page))不在本库中）" }
}
