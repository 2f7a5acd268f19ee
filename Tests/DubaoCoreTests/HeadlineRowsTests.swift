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

    @Test("a letter-spaced headline printed beside another's line is a headline of its own, the other's lines kept together")
    func letterSpacedBeside() {
        #expect(ColumnStreams.pieces("全省首条城际高速铁 春 风 十 里 花 香") == ["全省首条城际高速铁", "春 风 十 里 花 香"])
        #expect(ColumnStreams.pieces("春 风 十 里 花 香 全省首条城际高速铁") == ["春 风 十 里 花 香", "全省首条城际高速铁"])
        // alone, or two letters beside a word (a name), it is no row of pieces
        #expect(ColumnStreams.pieces("春 风 十 里 花 香") == [])
        #expect(ColumnStreams.pieces("本报记者 王 明") == [])
        let body = "全省首条城际高速铁路昨日正式开通运营，沿线春风十里花香正浓。"
        let text = ["全省首条城际高速铁 春 风 十 里 花 香", "路正式开通运营", "", body].joined(separator: "\n")
        let out = ColumnStreams.reorder(text)
        #expect(out == ["全省首条城际高速铁", "路正式开通运营", "", "春 风 十 里 花 香", "", body].joined(separator: "\n"), "\(out)")
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
        #expect(ColumnStreams.reorder(text) == ["“荆有好岗”首场招聘活", "动启动", "", "三十年他把荒山变成林海", "", "本报讯 招聘活动今天启动。"].joined(separator: "\n"))
        // the line above ends the scrap's word as well (`十万|家庭` read against `六万个|家庭`): nothing moves
        let kept = ["全年新增城镇就业岗位六万个", "稳就业政策惠及十万", "家庭", "", "惠及十万家庭。"].joined(separator: "\n")
        #expect(ColumnStreams.reorder(kept) == kept)
        // prose with its commas, and a headline set upright a character a line, stay as printed
        let prose = ["查看林木生长情况，加快建设", "以此次活动为契机，加快打造", "之都", "", "漆艺之都。"].joined(separator: "\n")
        #expect(ColumnStreams.reorder(prose) == prose)
    }

    /// Two invented headlines whose lines' baselines alternate, a byline and a story's first line printed between
    /// their lines and their wrapped ends (`服|务`, `开|放` are words; `服|放`, `开|务` are none).
    static let alternating = ["市图书馆推出夜间阅读服", "城东新区文化中心今日正式开", "李明", "本报讯（记者 李明）本周以来，城东新区的群众纷纷来到",
                              "务", "放", "", "文化中心参观。"]

    @Test("headlines' wrapped ends printed lines below go back after the lines they end, in their order")
    func farScrapsMoved() {
        let text = Self.alternating.joined(separator: "\n")
        #expect(ColumnStreams.reorder(text) == ["市图书馆推出夜间阅读服", "务", "", "城东新区文化中心今日正式开", "放", "", "李明",
                                                "本报讯（记者 李明）本周以来，城东新区的群众纷纷来到", "", "文化中心参观。"].joined(separator: "\n"))
    }

    @Test("two wrapped ends go back in the order of the lines they end, though the first also runs on from the nearer line")
    func farScrapsInOrder() {
        // `进|步奖` and `二|十万` are words, and so is `二|步`: the nearer line is the second headline's
        // (the line above, another headline's, runs on into neither: a blank line parts it from the mended one)
        let text = ["春风行动暖人心", "全区三项成果获省科技进", "节后首日全区发送旅客二", "王芳", "本报讯（记者 王芳）节后返程高峰如期到来，车站客流", "步奖",
                    "十万人次", "", "全区成果获奖。"].joined(separator: "\n")
        #expect(ColumnStreams.reorder(text) == ["春风行动暖人心", "", "全区三项成果获省科技进", "步奖", "", "节后首日全区发送旅客二", "十万人次", "",
                                                "王芳", "本报讯（记者 王芳）节后返程高峰如期到来，车站客流", "", "全区成果获奖。"].joined(separator: "\n"))
    }

    @Test("a line put back as one headline's end is not taken for the line another end goes after: no line is lost")
    func scrapNotAHead() {
        // `表|彰` and `开|放` are words: `彰今日开` goes back after `获表`, and `放` has nothing left to go after
        let text = ["城南志愿服务队获表", "王芳", "彰今日开", "李明", "放", "", "志愿服务队获表彰。"]
        let out = ColumnStreams.reorder(text.joined(separator: "\n")).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(out.filter { !$0.isEmpty }.sorted() == text.filter { !$0.isEmpty }.sorted())
        #expect(out == ["城南志愿服务队获表", "彰今日开", "", "王芳", "李明", "放", "", "志愿服务队获表彰。"])
    }

    @Test("a wrapped end stays where a blank line parts it from the line, a story's opening or the page's header")
    func farScrapsKept() {
        // a text dump sets a headline's lines apart by blank lines: the parser joins them as they stand
        let dump = ["市图书馆推出夜间阅读服", "李明", "", "务", "", "本报讯 图书馆今起推出夜间阅读服务。"].joined(separator: "\n")
        #expect(ColumnStreams.reorder(dump) == dump)
        // a byline's line goes on into the text (`黄思明|日前` reads as `明日`)
        let byline = ["本报讯（记者黄思明", "通讯员朱敦银）记者从", "产业园获悉，", "日前", "，新工艺投产。"].joined(separator: "\n")
        #expect(ColumnStreams.reorder(byline) == byline)
        // the paper's name over the section's banner (`报|时`)
        let masthead = ["城东都市报", "2025年3月1日 星期六", "第2版", "时政要闻", "", "城东都市报讯 今天刊出时政要闻。"].joined(separator: "\n")
        #expect(ColumnStreams.reorder(masthead) == masthead)
    }
}
