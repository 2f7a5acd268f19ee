import Testing
@testable import DubaoCore

@Suite("Headlines side by side, printed row by row (pdftotext's default order)")
struct HeadlineRowsTests {
    /// Two invented headlines of two lines each, set side by side: their first lines share a baseline (one row,
    /// a space between them), their second lines do not (one after the other). The body below prints `袋公` and
    /// `产量` as the page's words.
    static let body = ["城东的口袋公园已有十二座，市民休闲有了去处。", "全市的电动汽车产量稳步提高，占了四成。"]
    static let rows = ["城东新建三座口袋 全市电动汽车产", "公园方便市民休闲", "量稳步提高"]

    @Test("each headline's lines dealt out to its column, one headline after the other")
    func dealt() {
        let text = (Self.rows + [""] + Self.body).joined(separator: "\n")
        let out = ColumnStreams.reorder(text)
        #expect(out == (["城东新建三座口袋", "公园方便市民休闲", "", "全市电动汽车产", "量稳步提高", ""] + Self.body).joined(separator: "\n"))
    }

    @Test("the text as given where no word runs on over the columns' joins: two headlines cannot be told from one")
    func noEvidence() {
        let text = ["红旗飘扬在 蓝天白云里", "山巅", "湖畔"].joined(separator: "\n")
        #expect(ColumnStreams.reorder(text) == text)
    }

    @Test("a couplet with its wrapped end, a dated header and a line of prose with a figure stay as printed")
    func notHeadlines() {
        // the couplet's end `路` goes on from `行` (the page prints `行路`), but a couplet is one line of type
        let couplet = ["春运志愿行 温暖回家", "路", "", "志愿者在行路难的山区设点服务。"].joined(separator: "\n")
        #expect(ColumnStreams.reorder(couplet) == couplet)
        let header = ["江城日报 2025年3月1日星期六 第2版", "要闻", "", "江城日报要闻版今天刊出。"].joined(separator: "\n")
        #expect(ColumnStreams.reorder(header) == header)
        let prose = ["农业生产方面，2 月要重点防范", "低温阴雨天气的不利影响，在田", "", "防范低温天气影响田间生产。"].joined(separator: "\n")
        #expect(ColumnStreams.reorder(prose) == prose)
    }

    @Test("three headlines: a row of three, then one line of each in turn")
    func threeColumns() {
        let body = "市里的文化馆新开展厅，全市公交线路今起调整，江滩步道昨日完工。"
        let text = ["文化馆新开 公交线路今起 江滩步道昨", "展厅", "调整", "日完工", "", body].joined(separator: "\n")
        let out = ColumnStreams.reorder(text)
        #expect(out == ["文化馆新开", "展厅", "", "公交线路今起", "调整", "", "江滩步道昨", "日完工", "", body].joined(separator: "\n"))
    }

    @Test("a headline's wrapped end printed under the next headline's line goes back after the line it ends")
    func scrapMoved() {
        // `活|动` is a word; `林海|动` is none
        let text = ["“荆有好岗”首场招聘活", "三十年他把荒山变成林海", "动启动", "", "本报讯 招聘活动今天启动。"].joined(separator: "\n")
        #expect(ColumnStreams.reorder(text) == ["“荆有好岗”首场招聘活", "动启动", "三十年他把荒山变成林海", "", "本报讯 招聘活动今天启动。"].joined(separator: "\n"))
        // the line above ends the scrap's word as well (`十万|家庭` read against `六万个|家庭`): nothing moves
        let kept = ["全年新增城镇就业岗位六万个", "稳就业政策惠及十万", "家庭", "", "惠及十万家庭。"].joined(separator: "\n")
        #expect(ColumnStreams.reorder(kept) == kept)
        // prose with its commas, and a headline set upright a character a line, stay as printed
        let prose = ["查看林木生长情况，加快建设", "以此次活动为契机，加快打造", "之都", "", "漆艺之都。"].joined(separator: "\n")
        #expect(ColumnStreams.reorder(prose) == prose)
    }
}
