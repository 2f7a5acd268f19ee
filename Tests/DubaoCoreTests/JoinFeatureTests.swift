import Testing
@testable import DubaoCore

/// Every feature of the gap between two lines, shown on invented snippets: each fires on the gap it is about
/// and not on a contrasting one. `coverage` checks that no feature goes without a test here.
@Suite("Join features")
struct JoinFeatureTests {
    /// The features of each gap of a page, by the text of the line after the gap.
    static func gaps(_ page: String) -> [(line: String, on: Set<String>, fill: Float)] {
        let lines = PageParser.lines(of: page).lines
        var out: [(String, Set<String>, Float)] = []
        _ = LineJoiner(model: .default).units(lines, observe: { k, f, _ in
            var on = Set<String>()
            for i in 0..<JoinFeature.count where f[i] != 0 { on.insert(JoinFeature.name(of: i)) }
            out.append((lines[k].text, on, f[JoinFeature.prevFill.rawValue]))
        })
        return out
    }

    /// The gap before the line that reads `prefix` exactly, or else the first that starts with it.
    static func gap(_ g: [(line: String, on: Set<String>, fill: Float)], _ prefix: String) throws -> Set<String> {
        try #require(g.first { $0.line == prefix } ?? g.first { $0.line.hasPrefix(prefix) }, "no gap before a line starting \(prefix)").on
    }

    static let covered: [JoinFeature] = [
        .bias, .blank, .blanks2, .flowed, .prevFull, .prevShort, .prevFill, .prevLong, .prevBrief, .prevEndsSentence, .prevEndsClause,
        .prevEndsCloser, .prevEndsWord, .prevHeadingLike, .prevStandsAlone, .prevEndsCreditOrMark, .prevLetterSpaced, .prevProduction,
        .lineStartsPunct, .lineIndented, .lineOpensStory, .lineStartsOpener, .lineStandsAlone, .lineHeadingLike, .lineLetterSpaced,
        .lineProduction, .lineShort, .lineFull, .lineEndsSentence, .unitHasClause, .unitLines2, .latinRun, .bothHeadingLike,
        .widthsClose, .columnBreak, .flowedCut, .flowedEndsWord, .unitOpenBracket, .lineClosesFirst, .lineSentenceSoon, .prevFragment,
        .pageBlanks, .pageBlanksNoGap, .blankAfterClause, .sentenceEndNoGapOnBlankPage, .headWrapShape, .headLineWider, .unitIsLead,
        .lineClauseSoon, .headSameWidth, .lineHeadScrap, .lineTagRest, .spacingDiffers, .headRunsOn, .headWordEdge,
    ]

    @Test("MarkUnderHeading: a jump mark on its own line stays apart from a heading line above it, whatever the weights")
    func markUnderHeading() {
        let page = """
        　　交通运输部门介绍，明年将继续推进城乡
        客运一体化，新增公交线路二十条。
        让课堂活起来
        （下转第3版）
        方便群众出行，服务更周到
        （下转第4版）
        """
        let lines = PageParser.lines(of: page).lines
        // a model that joins every gap
        var model = ParserModel.default
        model.join = model.join.map { _ in 0 }
        model.join[JoinFeature.bias.rawValue] = 1
        let units = LineJoiner(model: model).units(lines).map(\.text)
        #expect(units.contains { $0.hasPrefix("（下转第3版）") })
        #expect(units.contains { $0.hasSuffix("让课堂活起来") })
        // under a line of prose (a clause mark in it) the mark may join it
        #expect(units.contains { $0.hasSuffix("服务更周到（下转第4版）") })
    }

    @Test("a production line wraps onto the next line, never across a blank one, whatever the weights")
    func productionEnds() {
        // a credit line of a chart wrapped over two lines, then (after a blank line) the next story's headline
        let page = "数据来源：市园林和林业局城\n建处\n\n新 城 公 园 ： “ 口 袋 ” 连 成 片 ，\n绿色惠民生\n"
        // a model that joins every gap
        var model = ParserModel.default
        model.join = model.join.map { _ in 0 }
        model.join[JoinFeature.bias.rawValue] = 1
        let units = LineJoiner(model: model).units(PageParser.lines(of: page).lines).map(\.text)
        #expect(units.first == "数据来源：市园林和林业局城建处", "\(units)")
        #expect(units.count == 2 && units[1].hasPrefix("新城公园"))
    }

    @Test("IndentedWrap: a paragraph's first line, set in and as wide as the column with its indent, runs on to a flush line, whatever the weights")
    func indentedWrap() {
        let page = """
        　　国家文物局科技教育司司长罗静
        指出，中国漆文化源远流长，做好出
        土木漆器的保护工作意义重大。
        　　走进青山镇李家坪村卫生室诊疗
        室、治疗室、药房分区明显，墙上挂
        着村医的服务承诺。
        　　房子新了设备全了
        据省卫生健康委介绍，近三年全省投
        入专项资金四亿多元，改造卫生室。
        """
        let lines = PageParser.lines(of: page).lines
        // a model that joins no gap
        var model = ParserModel.default
        model.join = model.join.map { _ in 0 }
        model.join[JoinFeature.bias.rawValue] = -1
        let units = LineJoiner(model: model).units(lines).map(\.text)
        #expect(units.contains { $0.hasPrefix("走进青山镇李家坪村卫生室诊疗室、治疗室") })
        #expect(units.contains { $0.hasPrefix("国家文物局科技教育司司长罗静指出") })
        // an intertitle set in but short of the column's width stays a line of its own
        #expect(units.contains("房子新了设备全了"))
    }

    @Test("HeadingLines: a heading line that stops a character short of the column does not run on to the heading under it, whatever the weights; a scrap under it, or a word cut, does")
    func headingStopsShort() {
        let page = """
        交通运输部门介绍，明年将继续推
        进城乡客运一体化，开展公交线路
        二十条，方便群众出行。

        调研组充分肯定我市监察机关开
        展整治工作成效

        全年新增城镇就业岗位逾六万个
        青河市稳就业政策惠及十万家庭

        本报讯（记者甲）昨日，记者从市
        人力资源和社会保障局获悉，去年
        全市就业形势稳定，各项政策落实
        到位，群众满意度提升。

        全市启动低温雨雪冰冻天气应急响
        应

        滨江日报 2025年1月10日 第4版
        要闻
        """
        let lines = PageParser.lines(of: page).lines
        // a model that joins every gap without a blank line
        var model = ParserModel.default
        model.join = model.join.map { _ in 0 }
        model.join[JoinFeature.bias.rawValue] = 1
        model.join[JoinFeature.blank.rawValue] = -5
        let units = LineJoiner(model: model).units(lines).map(\.text)
        #expect(units.contains("全年新增城镇就业岗位逾六万个"), "\(units)")
        #expect(units.contains { $0.hasPrefix("青河市稳就业政策惠及十万家庭") })
        // a break between two characters the page prints together within a line (开展) is a word cut: joined
        #expect(units.contains("调研组充分肯定我市监察机关开展整治工作成效"))
        // a scrap of a character under a heading line is the end of that line, wrapped
        #expect(units.contains { $0.hasPrefix("全市启动低温雨雪冰冻天气应急响应") })
        // a header line set in words with spaces is not wrapped onto the section's name under it
        #expect(!units.contains { $0.contains("第4版要闻") })
    }

    @Test("every feature has a test here, and pairs of core features are features too")
    func coverage() {
        #expect(Set(Self.covered) == Set(JoinFeature.allCases))
        #expect(JoinFeature.count == JoinFeature.allCases.count + JoinFeature.core.count * (JoinFeature.core.count - 1) / 2)
        #expect(JoinFeature.name(of: JoinFeature.allCases.count) == "blank&flowed")
    }

    /// A page of narrow hard-wrapped columns (15 Han characters a line).
    static let wrappedPage = """
        城 市 新 闻

        本报讯（记者 王明）昨日，市图书馆
        新馆正式开馆，新馆藏书八十万册，
        设有少儿阅览区和自习区。开馆当天，
        前来参观的市民络绎不绝，大家纷纷

        称赞新馆环境好、图书多、服务周到，
        不少市民当场办理了借书证。

        图书馆相关负责人介绍，新馆每周开放
        七天，市民凭身份证即可免费借阅，少儿
        阅览区还配有专门的绘本和“亲子
        阅读角”，方便家长陪孩子一起读书；

        馆内还设有古籍阅览室和数字阅览区。
        （张伟 摄）
        新馆开馆迎客
        本期统筹：王林 版式设计：李敏
        新 馆 开 馆
        迎来首批读者
        ，读者可在网上预约座位。
          城东污水处理厂二期工程昨日通过验收
        ，日处理能力提高到十万吨，全部出水
        达标。城东片区的污水将全部得到处理



        全国首个区域性
        数据交易中心上
        线运行

        大地织锦冬日田园
        （观察）
        """
    static let wrapped = gaps(wrappedPage)

    @Test("blank lines, the column's width, and how the first line ends")
    func widthAndEnds() throws {
        let g = Self.wrapped
        let column = try Self.gap(g, "称赞新馆")
        #expect(column.contains("blank") && column.contains("prevFull") && column.contains("columnBreak") && !column.contains("blanks2"))
        #expect(column.contains("prevEndsWord") && !column.contains("prevEndsSentence"))
        #expect(try Self.gap(g, "全国首个").contains("blanks2"))
        let wrap = try Self.gap(g, "新馆正式开馆")
        #expect(wrap.contains("prevFull") && !wrap.contains("blank") && !wrap.contains("flowed") && wrap.contains("widthsClose"))
        #expect(wrap.contains("prevEndsClause") == false && wrap.contains("prevEndsWord"))
        #expect(try Self.gap(g, "设有少儿").contains("prevEndsClause"))
        #expect(try Self.gap(g, "本报讯").contains("prevShort") && !Self.gap(g, "新馆正式开馆").contains("prevShort"))
        #expect(try Self.gap(g, "图书馆相关").contains("prevEndsSentence"))
        #expect(try Self.gap(g, "新馆开馆迎客").contains("prevEndsCloser") && Self.gap(g, "新馆开馆迎客").contains("prevEndsCreditOrMark"))
        #expect(try Self.gap(g, "新馆开馆迎客").contains("prevStandsAlone"))
        #expect(try Self.gap(g, "本期统筹").contains("prevHeadingLike") && Self.gap(g, "本期统筹").contains("lineProduction"))
        #expect(try Self.gap(g, "新馆开馆迎客").contains("lineHeadingLike") && !Self.gap(g, "新馆正式开馆").contains("lineHeadingLike"))
        #expect(try Self.gap(g, "新馆开馆").contains("prevProduction"))
        let fills = g.map(\.fill)
        #expect(fills.contains { $0 > 0.9 } && fills.contains { $0 > 0 && $0 < 0.6 }, "prevFill is a ratio")
        #expect(try Self.gap(g, "设有少儿").contains("prevFill"))
        let full = try Self.gap(g, "前来参观")
        #expect(full.contains("lineFull") && !full.contains("lineShort"))
        #expect(try Self.gap(g, "（张伟 摄）").contains("lineShort") && Self.gap(g, "不少市民").contains("lineEndsSentence"))
        #expect(try Self.gap(g, "新馆正式开馆").contains("bias"))
    }

    @Test("how the second line begins: punctuation, indentation, an opening, a bracket, a credit")
    func lineStarts() throws {
        let g = Self.wrapped
        #expect(try Self.gap(g, "，读者可在").contains("lineStartsPunct") && !Self.gap(g, "新馆正式开馆").contains("lineStartsPunct"))
        #expect(try Self.gap(g, "城东污水处理厂").contains("lineIndented") && !Self.gap(g, "新馆正式开馆").contains("lineIndented"))
        #expect(try Self.gap(g, "本报讯").contains("lineOpensStory") && !Self.gap(g, "新馆正式开馆").contains("lineOpensStory"))
        #expect(try Self.gap(g, "（张伟 摄）").contains("lineStartsOpener") && Self.gap(g, "（张伟 摄）").contains("lineStandsAlone"))
        #expect(try Self.gap(g, "新馆开馆").contains("lineLetterSpaced") && Self.gap(g, "迎来首批读者").contains("prevLetterSpaced"))
        #expect(try Self.gap(g, "阅读角").contains("lineClosesFirst") && Self.gap(g, "阅读角").contains("unitOpenBracket"))
        #expect(try !Self.gap(g, "新馆正式开馆").contains("unitOpenBracket"))
        #expect(try Self.gap(g, "达标。").contains("lineSentenceSoon") && !Self.gap(g, "设有少儿").contains("lineSentenceSoon"))
        #expect(try Self.gap(g, "七天，市民").contains("lineClauseSoon") && !Self.gap(g, "新馆正式开馆").contains("lineClauseSoon"))
    }

    @Test("the paragraph so far: prose, two lines, a report's opening, a cut")
    func paragraphSoFar() throws {
        let g = Self.wrapped
        #expect(try Self.gap(g, "设有少儿").contains("unitHasClause") && Self.gap(g, "设有少儿").contains("unitLines2"))
        #expect(try !Self.gap(g, "新馆正式开馆").contains("unitLines2"))
        #expect(try Self.gap(g, "新馆正式开馆").contains("unitIsLead") && !Self.gap(g, "七天，市民").contains("unitIsLead"))
        #expect(try Self.gap(g, "称赞新馆").contains("blankAfterClause") == false)
        #expect(try Self.gap(g, "馆内还设有").contains("blankAfterClause"))
        // a short last line after fuller ones, mid-sentence: a paragraph cut at a break
        #expect(try Self.gap(g, "馆内还设有").contains("prevFragment") == false)
        let cut = Self.gaps("""
            图书馆相关负责人介绍，新馆每周开放
            七天，市民凭身份证即可免费借阅，少儿
            阅览区还配有绘本，

            方便家长陪孩子一起读书。城东污水处
            理厂二期工程昨日通过验收，日处理能
            力提高到十万吨，城东片区的污水将全
            部得到处理，出水水质达到一级标准。
            城东污水处理厂二期工程昨日通过验收
            """)
        #expect(try Self.gap(cut, "方便家长").contains("prevFragment"))
    }

    @Test("heading lines: both heading-like, a wrap at the headline's own width, a wider second line, scraps and tags")
    func headings() throws {
        let g = Self.wrapped
        let pair = try Self.gap(g, "迎来首批读者")
        #expect(pair.contains("bothHeadingLike"))
        let wrap = try Self.gap(g, "数据交易中心上")
        #expect(wrap.contains("headWrapShape") && wrap.contains("headSameWidth") && !wrap.contains("headLineWider"))
        #expect(try Self.gap(g, "线运行").contains("lineHeadScrap") && !Self.gap(g, "数据交易中心上").contains("lineHeadScrap"))
        #expect(try Self.gap(g, "（观察）").contains("lineTagRest") && !Self.gap(g, "线运行").contains("lineTagRest"))
        // a banner spread over its width above a headline set close: two styles of type; two spread lines: one
        let banner = Self.gaps("城 乡 新 闻\n老街巷里添了新书屋\n本报讯（记者甲）昨日，城东老街的新书屋开门迎客，附近居民纷纷前来借书。\n")
        #expect(try Self.gap(banner, "老街巷里").contains("spacingDiffers"))
        let spread = Self.gaps("老 街 新 书 屋\n迎 来 首 批 读 者\n")
        #expect(try !Self.gap(spread, "迎来").contains("spacingDiffers") && Self.gap(spread, "迎来").contains("bothHeadingLike"))
        // two heading lines broken inside a word of the dictionary (`激|发`), or at a word's edge (`个|青`); lines
        // with clause marks (a column's text) are not asked
        let broken = Self.gaps("以更优营商环境激\n发市场活力\n全年新增城镇就业岗位逾六万个\n青河市稳就业政策惠及十万家庭\n城东街道，老\n街换新颜，\n")
        #expect(try Self.gap(broken, "发市场活力").contains("headRunsOn") && !Self.gap(broken, "发市场活力").contains("headWordEdge"))
        #expect(try Self.gap(broken, "青河市").contains("headWordEdge") && !Self.gap(broken, "青河市").contains("headRunsOn"))
        #expect(try !Self.gap(broken, "街换新颜").contains("headRunsOn") && !Self.gap(broken, "街换新颜").contains("headWordEdge"))
        // a short line with a full stop inside is a sentence ended and the next begun, never a heading
        let stop = Self.gaps("从服务业看。随着政策落实和一揽子增\n\n量政策加力推出，市场预期改善。\n")
        #expect(try !Self.gap(stop, "量政策").contains("prevHeadingLike") && !Self.gap(stop, "量政策").contains("bothHeadingLike"))
        // nor is the first line of a report: on a flowed page a lead cut in mid-word runs on after the blank line
        let lead = Self.gaps("本报讯（记者甲）城南夜市人头攒\n\n动、热闹非凡，游客们在摊位间挑选心仪的小物件，享受夜晚的烟火气。\n\n新馆开馆迎客\n")
        #expect(try !Self.gap(lead, "动、热闹").contains("prevHeadingLike"))
        let units = LineJoiner(model: .default).units(PageParser.lines(of: "本报讯（记者甲）城南夜市人头攒\n\n动、热闹非凡，游客们在摊位间挑选心仪的小物件，享受夜晚的烟火气。\n\n新馆开馆迎客\n").lines)
        #expect(units.first?.text.hasPrefix("本报讯（记者甲）城南夜市人头攒动、热闹非凡") == true)
        let wider = Self.gaps("城东老街\n改造后的老街青石板路留住了乡愁\n")
        #expect(try Self.gap(wider, "改造后的").contains("headLineWider") && !Self.gap(wider, "改造后的").contains("headWrapShape"))
    }

    @Test("flowed pages: a paragraph per line, long and short lines, a cut in mid-sentence, Latin words running on")
    func flowed() throws {
        let g = Self.gaps("""
            本报讯（记者王五）The conference opened on Monday and
            brought together experts from many countries to discuss the future of the city.
            市图书馆新馆正式开馆，新馆藏书八十万册，设有少儿阅览区和自习区，开馆当天前来参观的
            市民络绎不绝。
            新馆开馆
            迎客
            """)
        let latin = try Self.gap(g, "brought")
        #expect(latin.contains("flowed") && latin.contains("latinRun") && latin.contains("prevLong") && latin.contains("flowedEndsWord"))
        #expect(try !Self.gap(g, "市图书馆").contains("latinRun"))
        let cut = try Self.gap(g, "市民络绎不绝")
        #expect(cut.contains("flowedCut") && cut.contains("prevLong"))
        #expect(try Self.gap(g, "迎客").contains("prevBrief") && !Self.gap(g, "迎客").contains("prevLong"))
        #expect(try !Self.gap(g, "新馆开馆").contains("flowedCut"))
    }

    @Test("pages that set paragraphs apart with blank lines, and a sentence that ends where no blank line follows")
    func blankPages() throws {
        let g = Self.gaps("""
            市图书馆新馆昨日正式开馆，新馆藏书八十万册。

            开馆当天，前来参观的市民络绎不绝。
            图书馆相关负责人介绍，新馆每周开放七天。

            市民凭身份证即可免费借阅图书。

            少儿阅览区还配有专门的绘本。

            馆内还设有古籍阅览室。

            城东污水处理厂二期工程昨日通过验收。
            """)
        let noGap = try Self.gap(g, "图书馆相关")
        #expect(noGap.contains("pageBlanks") && noGap.contains("pageBlanksNoGap") && noGap.contains("sentenceEndNoGapOnBlankPage"))
        let withGap = try Self.gap(g, "市民凭身份证")
        #expect(withGap.contains("pageBlanks") && !withGap.contains("pageBlanksNoGap"))
        #expect(!Self.wrapped.contains { $0.on.contains("sentenceEndNoGapOnBlankPage") && !$0.on.contains("pageBlanks") })
        #expect(withGap.contains("blank&pageBlanks"), "a pair of core features")
    }

    @Test("a pair of core features is on exactly where both of its features are, on every gap of a page")
    func pairsOn() {
        let lines = PageParser.lines(of: Self.wrappedPage).lines
        var gaps = 0
        _ = LineJoiner(model: .default).units(lines, observe: { _, f, _ in
            gaps += 1
            #expect(f.count == JoinFeature.count)
            for (p, (a, b)) in JoinFeature.pairs.enumerated() {
                let both: Float = f[a.rawValue] != 0 && f[b.rawValue] != 0 ? 1 : 0
                #expect(f[JoinFeature.allCases.count + p] == both, "\(a.name)&\(b.name)")
            }
        })
        #expect(gaps > 20)
    }
}
