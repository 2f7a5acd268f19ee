/// Rule **HeaderByline**: a story's byline line (`本报记者 顾青 田野`) that an extraction printed among the page's
/// header lines (pdftotext's default order reads a row at the top of the page before the stories under it) was
/// decoded as the page's furniture or a banner. Where the page's first story has no byline, neither a line of its
/// own nor one in its report's opening (`本报讯（记者…）`), and exactly one such line stands before it, the line is
/// that story's byline. A staff line (`责任编辑：…`) and a byline run on into a line of text beside it are no byline
/// lines (`Markers.bylineLine`): furniture still.
enum HeaderByline {
    static func mend(drafts: inout [Draft], units: [Unit], furniture: inout [Int], banners: inout [Int]) {
        guard let first = drafts.indices.min(by: { drafts[$0].firstLine < drafts[$1].firstLine }) else { return }
        let d = drafts[first]
        guard d.bylines.isEmpty, !d.continuation, !d.photoOnly, let start = (d.headline + d.body).min(),
              let lead = d.body.first(where: { units[$0].state == .storyStart || units[$0].state == .body }),
              Markers.newsLead(units[lead].text).byline == nil else { return }
        let found = (furniture + banners).filter { k in
            k < start && Markers.bylineLine(units[k].text) != nil
        }
        guard found.count == 1, let k = found.first else { return }
        drafts[first].bylines = [k]
        furniture.removeAll { $0 == k }
        banners.removeAll { $0 == k }
    }
}
