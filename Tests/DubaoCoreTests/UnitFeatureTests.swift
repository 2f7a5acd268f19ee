import Testing
@testable import DubaoCore

/// Every unit feature the parser's model weighs, shown on invented snippets: each fires on the unit it is
/// about and not on a contrasting one. `coverage` checks that no feature goes without a test here.
@Suite("Unit features")
struct UnitFeatureTests {
    struct Facts {
        let text: String
        let values: [String: Float]
        func has(_ f: UnitFeature) -> Bool { (values[f.name] ?? 0) != 0 }
        func value(_ f: UnitFeature) -> Float { values[f.name] ?? 0 }
    }

    static func facts(_ page: String) -> [Facts] {
        let a = PageParser().analyse(page)
        return a.units.indices.map { k in
            var v: [String: Float] = [:]
            for f in UnitFeature.allCases where a.features[k][f.rawValue] != 0 { v[f.name] = a.features[k][f.rawValue] }
            return Facts(text: a.units[k].text, values: v)
        }
    }

    /// The unit whose text starts with `prefix` (spaces as the parser tidies them).
    static func unit(_ facts: [Facts], _ prefix: String) throws -> Facts {
        try #require(facts.first { $0.text.hasPrefix(prefix) }, "no unit starts with \(prefix)")
    }

    /// Which test covers which features (the coverage test asks that together they name every feature).
    static let groups: [String: [UnitFeature]] = [
        "text": [.lead, .columnLeadIn, .bylineLine, .creditBracket, .creditTrailing, .creditPlain, .signatureBracket,
                 .contributionNote, .production, .pageFurniture, .markFrom, .markTo, .inlineMarkTo, .inlineMarkFrom,
                 .question, .speaker, .photoPosition],
        "shape": [.endsSentence, .endsClause, .endsQuestion, .endsCloser, .endsColumnTag, .endsDash, .clause0, .clause1,
                  .clause2plus, .sentences2plus, .startsOpener, .startsQuote, .startsDash, .startsPunct, .wholeBracketed,
                  .letterSpaced, .innerSpace, .doubled, .digitHeavy],
        "size": [.bias, .han0to4, .han5to8, .han9to16, .han17to32, .han33to64, .han65to128, .han129plus, .lines1, .lines2, .lines3plus],
        "layout": [.fillLow, .fillFull, .flowedPage, .indented, .gapBefore0, .gapBefore2plus, .gapAfter0, .gapAfter2plus,
                   .firstUnit, .nearTop, .nearBottom, .lastUnit],
        "neighbours": [.prevHeadingLike, .nextHeadingLike, .inCluster2, .inCluster3plus, .clusterFirst, .clusterLast, .nextIsLead,
                       .nextProseIsLead, .prevProseEndsSentence, .prevIsMarkTo, .nextIsMarkFrom, .prevIsCaption, .nextIsCredit,
                       .credit2After],
        "topic": [.affPrev, .affNext, .affPrevOverNext, .affNextOverPrev, .affNone, .runAffPrevOverNext, .runAffNextOverPrev,
                  .runAffNone, .contAcross, .contAcrossLow, .contPrev, .contPrevLow, .contLong, .contLongLow],
        "bins": [.shortCont0, .shortCont1, .shortCont2, .shortCont3, .shortCont4, .shortLong0, .shortLong1, .shortLong2,
                 .shortLong3, .shortLong4, .proseCont0, .proseCont1, .proseCont2, .proseCont3, .proseCont4, .shortAffDiffM2,
                 .shortAffDiffM1, .shortAffDiff0, .shortAffDiffP1, .shortAffDiffP2, .shortRel0, .shortRel1, .shortRel2, .shortRel3,
                 .proseRel0, .proseRel1, .proseRel2, .proseRel3],
        "orientation": [.orientAfter, .orientBefore],
        "conjunctions": [.shortXaffPrevOverNext, .shortXaffNextOverPrev, .shortXorientAfter, .shortXorientBefore,
                         .shortXcontAcrossLow, .shortXnextIsLead, .shortXprevEndsSentence, .proseXcontPrevLow,
                         .proseXafterHeading, .proseXlead, .proseXstartsMidSentence, .flowedXopenEnd],
        "geometry": [.typeKnown, .typeSmall, .typeBody, .typeLarge, .typeHuge, .typeLargerThanPrev, .typeLargerThanNext],
    ]

    @Test("geometry: a unit's type size against the body's and its neighbours', only where the page came with it")
    func geometry() throws {
        let page = "新城大桥今日合龙\n\n本报讯（记者甲）昨日，新城大桥合龙，明年通车。\n\n（图片说明）\n"
        let sizes: [Double?] = [2.0, nil, 1.0, nil, 0.8]
        let a = PageParser().analyse(page, typeSizes: sizes)
        func on(_ k: Int, _ f: UnitFeature) -> Bool { a.features[k][f.rawValue] != 0 }
        #expect(a.units.count == 3)
        #expect(on(0, .typeKnown) && on(0, .typeHuge) && !on(0, .typeLarge) && on(0, .typeLargerThanNext) && !on(0, .typeLargerThanPrev))
        #expect(on(1, .typeBody) && on(1, .typeLargerThanNext) && !on(1, .typeLargerThanPrev) && on(2, .typeSmall) && !on(2, .typeLargerThanPrev))
        let large = PageParser().analyse("副题在此\n\n本报讯（记者甲）昨日，会议召开。\n", typeSizes: [1.4, nil, 1.0])
        #expect(large.features[0][UnitFeature.typeLarge.rawValue] == 1 && large.features[1][UnitFeature.typeLargerThanPrev.rawValue] == 0)
        // a text dump has no geometry: none of these fire
        let plain = PageParser().analyse(page)
        for k in plain.units.indices {
            for f in Self.groups["geometry"]! { #expect(plain.features[k][f.rawValue] == 0) }
        }
    }

    @Test("every feature has a test here")
    func coverage() {
        let named = Self.groups.values.flatMap { $0 }
        #expect(Set(named) == Set(UnitFeature.allCases))
        #expect(named.count == Set(named).count, "a feature listed twice")
    }

    /// One unit per paragraph: what each line says it is.
    static let kinds = facts("""
        本报讯（记者 王明）昨日，全市春耕工作会议召开，会议部署了今年的春耕生产。

        编者按：读书是一种生活方式，本版今起推出读者来信专栏，欢迎来稿。

        □ 记者 李理 通讯员 徐心园

        （张伟 摄）

        游客在古镇参观游览，古镇里人头攒动。（新华社记者 周立新 摄）

        新华社记者 周立新摄

        （荆州市妇女联合会 高荣荣）

        （本报记者陈晓参与采写）

        本期统筹：王林 版式设计：李敏

        （上接第1版）

        （下转第3版）

        城东片区的污水将全部得到处理，处理后的水质达到一级标准。（下转第3版）

        （上接第1版）大桥主体工程已完成九成，预计年底前具备通车条件。

        记者：改造资金从哪里来？

        陈晓燕：冷静和耐心，病人和家属都很着急，护士首先不能慌。

        上图：工人在东湖小区加装电梯。

        让城市更有温度（今日谈）

        本期关注——

        ——记急诊科护士长陈晓燕

        “年货买得很顺心！”市民刘女士说。

        城 市 新 闻

        要闻要闻

        2025 年 3 月 1 日 第 2 版

        今年新增就业岗位一万二千个，同比增长百分之八；

          首批二十家企业参展
        """)

    @Test("what the text says it is: a report's opening, a byline, credits, signatures, marks, a question, a speaker")
    func text() throws {
        let u = Self.kinds
        func on(_ prefix: String, _ f: UnitFeature) throws -> Bool { try Self.unit(u, prefix).has(f) }
        #expect(try on("本报讯", .lead) && !on("编者按", .lead))
        #expect(try on("编者按", .columnLeadIn) && !on("本报讯", .columnLeadIn))
        #expect(try on("□ 记者 李理", .bylineLine) && !on("本报讯", .bylineLine))
        #expect(try on("（张伟 摄）", .creditBracket) && !on("（荆州市妇女联合会", .creditBracket))
        #expect(try on("游客在古镇", .creditTrailing) && !on("（张伟 摄）", .creditTrailing))
        #expect(try on("新华社记者 周立新摄", .creditPlain) && !on("（张伟 摄）", .creditPlain))
        #expect(try on("（荆州市妇女联合会", .signatureBracket) && !on("（张伟 摄）", .signatureBracket))
        #expect(try on("（本报记者陈晓参与采写）", .contributionNote) && !on("（荆州市妇女联合会", .contributionNote))
        #expect(try on("本期统筹", .production) && !on("陈晓燕：", .production))
        #expect(try on("2025年3月1日", .pageFurniture) && !on("今年新增就业岗位", .pageFurniture))
        #expect(try on("（上接第1版）", .markFrom) && !on("（下转第3版）", .markFrom))
        #expect(try on("（下转第3版）", .markTo) && !on("（上接第1版）", .markTo))
        #expect(try on("城东片区", .inlineMarkTo) && !on("（下转第3版）", .inlineMarkTo))
        #expect(try on("（上接第1版）大桥", .inlineMarkFrom) && !on("城东片区", .inlineMarkFrom))
        #expect(try on("记者：改造资金", .question) && !on("陈晓燕：", .question))
        #expect(try on("陈晓燕：", .speaker) && !on("今年新增就业岗位", .speaker))
        #expect(try on("上图：", .photoPosition) && !on("游客在古镇", .photoPosition))
    }

    @Test("how a unit begins and ends, its punctuation and spacing")
    func shape() throws {
        let u = Self.kinds
        func on(_ prefix: String, _ f: UnitFeature) throws -> Bool { try Self.unit(u, prefix).has(f) }
        #expect(try on("本报讯", .endsSentence) && !on("让城市更有温度", .endsSentence))
        #expect(try on("今年新增就业岗位", .endsClause) && !on("本报讯", .endsClause))
        #expect(try on("记者：改造资金", .endsQuestion) && !on("本报讯", .endsQuestion))
        #expect(try on("（张伟 摄）", .endsCloser) && !on("本报讯", .endsCloser))
        #expect(try on("让城市更有温度", .endsColumnTag) && !on("（张伟 摄）", .endsColumnTag))
        #expect(try on("本期关注", .endsDash) && !on("——记急诊科", .endsDash))
        #expect(try on("——记急诊科", .startsDash) && !on("本期关注", .startsDash))
        #expect(try on("——记急诊科", .clause0) && !on("本报讯", .clause0))
        #expect(try on("上图：", .clause1) && !on("本报讯", .clause1))
        #expect(try on("本报讯", .clause2plus) && !on("上图：", .clause2plus))
        #expect(try on("“年货买得很顺心", .sentences2plus) && !on("上图：", .sentences2plus))
        #expect(try on("“年货买得很顺心", .startsQuote) && !on("（张伟 摄）", .startsQuote))
        #expect(try on("（张伟 摄）", .startsOpener) && !on("“年货买得很顺心", .startsOpener))
        #expect(try on("（荆州市妇女联合会", .wholeBracketed) && !on("游客在古镇", .wholeBracketed))
        #expect(try on("城市新闻", .letterSpaced) && !on("要闻要闻", .letterSpaced))
        #expect(try on("□ 记者 李理", .innerSpace) && !on("城市新闻", .innerSpace))
        #expect(try on("要闻要闻", .doubled) && !on("城市新闻", .doubled))
        #expect(try on("2025年3月1日", .digitHeavy) && !on("今年新增就业岗位", .digitHeavy))
        let punct = Self.facts("，而是从群众最关心的事做起，把好事办实。")
        #expect(punct.first?.has(.startsPunct) == true)
        #expect(try !on("本报讯", .startsPunct))
    }

    @Test("size: Han characters and lines in bins, exactly one of each")
    func size() throws {
        let lengths = [3, 6, 12, 24, 48, 96, 200]
        let bins: [UnitFeature] = [.han0to4, .han5to8, .han9to16, .han17to32, .han33to64, .han65to128, .han129plus]
        for (n, bin) in zip(lengths, bins) {
            let text = String(repeating: "城", count: n - 1) + "。"
            let f = try #require(Self.facts(text).first)
            #expect(f.has(bin), "\(n) Han")
            #expect(bins.filter { f.has($0) }.count == 1)
            #expect(f.has(.bias))
        }
        // lines of a wrapped paragraph
        let wrapped = Self.facts("""
            城东污水处理厂二期工程昨日通过验
            收，日处理能力提高到十万吨，城东
            片区的污水将全部得到处理，处理后
            的出水达到一级标准，周边河道的水
            质也将明显好转。

            市图书馆新馆昨日正式开馆，藏书八
            十万册。

            新馆设有少儿阅览区和自习区，开馆
            当天前来参观的市民络绎不绝，大家
            纷纷称赞新馆环境好、图书多。

            新馆开馆
            """)
        #expect(try Self.unit(wrapped, "城东污水").has(.lines3plus))
        #expect(try Self.unit(wrapped, "市图书馆").has(.lines2))
        #expect(try Self.unit(wrapped, "新馆开馆").has(.lines1))
    }

    @Test("layout: fill of the column, a flowed page, indentation, blank lines, place on the page")
    func layout() throws {
        let wrapped = Self.facts("""
            城市新闻


            城东污水处理厂二期工程昨日通过验
            收，日处理能力提高到十万吨，城东
            片区的污水将全部得到处理，处理后
            的出水达到一级标准，周边河道的水
            质也将明显好转。

            新馆开馆
            市图书馆新馆昨日正式开馆，藏书八
            十万册，设有少儿阅览区和自习区，
            开馆当天前来参观的市民络绎不绝，
            大家纷纷称赞新馆环境好、图书多。


            编辑：周明
            """)
        let head = try Self.unit(wrapped, "城市新闻")
        #expect(head.has(.fillLow) && !head.has(.fillFull))
        #expect(try Self.unit(wrapped, "城东污水").has(.fillFull))
        #expect(!wrapped.contains { $0.has(.flowedPage) })
        #expect(head.has(.firstUnit) && head.has(.nearTop) && head.has(.gapAfter2plus) && !head.has(.nearBottom))
        #expect(try Self.unit(wrapped, "城东污水").has(.gapBefore2plus))
        let title = try Self.unit(wrapped, "新馆开馆")
        #expect(title.has(.gapAfter0) && !title.has(.gapBefore0))
        #expect(try Self.unit(wrapped, "市图书馆").has(.gapBefore0))
        let last = try Self.unit(wrapped, "编辑")
        #expect(last.has(.lastUnit) && last.has(.nearBottom) && !last.has(.firstUnit))
        let flowed = Self.facts("""
            市图书馆新馆昨日正式开馆，新馆藏书八十万册，设有少儿阅览区和自习区，开馆当天前来参观的市民络绎不绝。

              首批二十家企业参展，展出车型一百余款。
            """)
        #expect(flowed.allSatisfy { $0.has(.flowedPage) })
        // on such a page a line without a sentence end is a heading's shape, clause marks or not
        let open = Self.facts("""
            市图书馆新馆昨日正式开馆，新馆藏书八十万册，设有少儿阅览区和自习区，开馆当天前来参观的市民络绎不绝。
            城东新区探索社区养老新模式，实现医养资源互补
            本报讯（记者甲）昨日，城东新区首家社区养老服务中心投入使用，可提供床位一百张。
            （下转第3版）
            """)
        #expect(try Self.unit(open, "城东新区探索").has(.flowedXopenEnd))
        #expect(try !Self.unit(open, "市图书馆").has(.flowedXopenEnd) && !Self.unit(open, "（下转").has(.flowedXopenEnd))
        #expect(try !Self.unit(wrapped, "城市新闻").has(.flowedXopenEnd), "a hard-wrapped page is not flowed")
        #expect(try Self.unit(flowed, "首批").has(.indented))
        #expect(try !Self.unit(flowed, "市图书馆").has(.indented))
    }

    /// A page of two stories, each with its headline above it, and a photo with its credit after.
    static let neighbours = facts("""
        市图书馆新馆开馆迎客

        本报讯（记者甲）昨日，市图书馆新馆正式开馆，新馆藏书八十万册，设有少儿阅览区和自习区。

        图书馆相关负责人介绍，新馆每周开放七天，市民凭身份证即可免费借阅图书。（下转第3版）

        城东污水处理厂扩建完成
        二期工程通过验收

        本报讯（记者乙）近日，城东污水处理厂二期工程通过验收，日处理能力提高到十万吨。

        工人在污水处理厂巡检设备

        （张伟 摄）

        （上接第1版）

        施工方介绍，大桥主体工程已完成九成，预计年底前具备通车条件。
        """)

    @Test("neighbours: heading lines around, clusters, the next lead, marks and credits next door")
    func neighboursFacts() throws {
        let u = Self.neighbours
        func on(_ prefix: String, _ f: UnitFeature) throws -> Bool { try Self.unit(u, prefix).has(f) }
        #expect(try on("本报讯（记者甲）", .prevHeadingLike) && !on("图书馆相关", .prevHeadingLike))
        #expect(try on("图书馆相关", .nextHeadingLike) && !on("本报讯（记者甲）", .nextHeadingLike))
        #expect(try on("城东污水处理厂扩建", .inCluster2) && on("城东污水处理厂扩建", .clusterFirst))
        #expect(try on("二期工程通过验收", .clusterLast) && !on("二期工程通过验收", .clusterFirst))
        #expect(try !on("市图书馆新馆开馆迎客", .inCluster2) && !on("市图书馆新馆开馆迎客", .inCluster3plus))
        #expect(try on("市图书馆新馆开馆迎客", .nextIsLead) && !on("城东污水处理厂扩建", .nextIsLead))
        #expect(try on("城东污水处理厂扩建", .nextProseIsLead) && !on("本报讯（记者甲）", .nextProseIsLead))
        #expect(try on("工人在污水处理厂", .prevProseEndsSentence) && !on("市图书馆新馆开馆迎客", .prevProseEndsSentence))
        #expect(try on("城东污水处理厂扩建", .prevIsMarkTo) && !on("二期工程通过验收", .prevIsMarkTo))
        #expect(try on("（张伟 摄）", .nextIsMarkFrom) && !on("工人在污水处理厂", .nextIsMarkFrom))
        #expect(try on("（上接第1版）", .prevIsCaption) && !on("（张伟 摄）", .prevIsCaption))
        #expect(try on("工人在污水处理厂", .nextIsCredit) && !on("（张伟 摄）", .nextIsCredit))
        #expect(try on("本报讯（记者乙）", .credit2After) && !on("工人在污水处理厂", .credit2After))
        let three = Self.facts("引题在此\n\n主题在此\n\n副题在此\n\n本报讯（记者甲）昨日，全市春耕工作会议召开，会议部署了春耕生产。")
        #expect(try Self.unit(three, "主题").has(.inCluster3plus))
    }

    /// A page whose headlines follow their stories: each shares its words with the story before it.
    static let after = facts("""
        本报讯（记者甲）昨日，市图书馆新馆正式开馆，新馆藏书八十万册，设有少儿阅览区和自习区，图书馆每周开放七天。

        图书馆新馆藏书八十万册，少儿阅览区和自习区受到市民欢迎，图书馆还开设了古籍阅览室。

        图书馆新馆开馆迎客

        本报讯（记者乙）近日，城东污水处理厂二期工程通过验收，污水处理厂日处理能力提高到十万吨。

        城东污水处理厂二期工程投用后，城东片区的污水将全部得到处理，污水处理厂出水达到一级标准。

        污水处理厂二期工程通过验收

        本报讯（记者丙）春节将至，各大商场年货节人流明显增加，商场年货品种更加丰富，价格平稳。

        商场负责人表示，年货节期间商场延长营业时间，年货配送服务覆盖全城。

        商场年货节人气旺
        """)

    @Test("topic: what a unit shares with the prose before and after it, and across a heading")
    func topic() throws {
        let u = Self.after
        let head = try Self.unit(u, "污水处理厂二期工程通过验收")
        #expect(head.value(.affPrev) > 0.3 && head.value(.affPrev) > head.value(.affNext))
        #expect(head.has(.affPrevOverNext) && !head.has(.affNextOverPrev) && !head.has(.affNone))
        #expect(head.has(.runAffPrevOverNext) && !head.has(.runAffNextOverPrev) && !head.has(.runAffNone))
        let lead = try Self.unit(u, "本报讯（记者丙）")
        let second = try Self.unit(u, "城东污水处理厂二期工程投用后")
        #expect(second.value(.contPrev) > 0.15 && !second.has(.contPrevLow))
        #expect(lead.has(.contPrevLow))
        // across a headline that ends a story the prose does not go on; the same holds against the long past
        #expect(head.has(.contAcrossLow) && head.value(.contAcross) < 0.15)
        #expect(head.has(.contLongLow))
        let inner = Self.facts("""
            本报讯（记者甲）昨日，市图书馆新馆正式开馆，新馆藏书八十万册，设有少儿阅览区和自习区。

            图书馆新馆藏书八十万册，少儿阅览区和自习区受到市民欢迎。

            读者服务

            图书馆新馆每周开放七天，少儿阅览区和自习区免费向市民开放。
            """)
        let inter = try Self.unit(inner, "读者服务")
        #expect(inter.value(.contAcross) > 0.15 && !inter.has(.contAcrossLow))
        #expect(inter.value(.contLong) > 0.15 && !inter.has(.contLongLow))
        let lone = Self.facts("城市新闻\n\n编辑：周明")
        #expect(lone.allSatisfy { $0.has(.affNone) && $0.has(.runAffNone) == ($0.text == "城市新闻" || $0.text.hasPrefix("编辑")) })
        let before = Self.facts("""
            图书馆新馆开馆迎客

            本报讯（记者甲）昨日，图书馆新馆正式开馆，新馆藏书八十万册，图书馆设有少儿阅览区。

            污水处理厂二期投用

            本报讯（记者乙）近日，污水处理厂二期工程通过验收，污水处理厂日处理能力提高到十万吨。
            """)
        let ahead = try Self.unit(before, "污水处理厂二期投用")
        #expect(ahead.value(.affNext) > ahead.value(.affPrev) && ahead.has(.affNextOverPrev) && !ahead.has(.affPrevOverNext))
        #expect(ahead.has(.runAffNextOverPrev))
    }

    @Test("bins: a short unit's and a paragraph's continuity fall in exactly one bin each, and higher for more shared words")
    func bins() throws {
        let families: [[UnitFeature]] = [
            [.shortCont0, .shortCont1, .shortCont2, .shortCont3, .shortCont4], [.shortLong0, .shortLong1, .shortLong2, .shortLong3, .shortLong4],
            [.shortAffDiffM2, .shortAffDiffM1, .shortAffDiff0, .shortAffDiffP1, .shortAffDiffP2], [.shortRel0, .shortRel1, .shortRel2, .shortRel3],
        ]
        let prose: [[UnitFeature]] = [[.proseCont0, .proseCont1, .proseCont2, .proseCont3, .proseCont4], [.proseRel0, .proseRel1, .proseRel2, .proseRel3]]
        var seen = Set<UnitFeature>()
        for page in [Self.after, Self.neighbours, Self.kinds, Self.varied] {
            for u in page {
                let isShort = u.has(.shortCont0) || u.has(.shortCont1) || u.has(.shortCont2) || u.has(.shortCont3) || u.has(.shortCont4)
                for fam in families {
                    #expect(fam.filter { u.has($0) }.count == (isShort ? 1 : 0), "\(u.text)")
                    seen.formUnion(fam.filter { u.has($0) })
                }
                let isProse = prose[0].contains { u.has($0) }
                for fam in prose {
                    #expect(fam.filter { u.has($0) }.count == (isProse ? 1 : 0), "\(u.text)")
                    seen.formUnion(fam.filter { u.has($0) })
                }
            }
        }
        #expect(seen.count >= 12, "bins reached: \(seen)")
        // the bins' edges
        #expect([0, 0.04, 0.05, 0.11, 0.12, 0.19, 0.2, 0.34, 0.35, 0.9].map(UnitFeature.continuityBin) == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4])
        #expect([0, 0.05, 0.06, 0.11, 0.12, 0.19, 0.2, 0.5].map { UnitFeature.relativeBin($0, baseline: 0.2) } == [0, 0, 1, 1, 2, 2, 3, 3])
        #expect([-0.5, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.5].map(UnitFeature.differenceBin) == [0, 1, 1, 2, 2, 2, 3, 3, 4])
        // a heading inside one story sits in a higher continuity bin than a headline between two stories
        let inner = try Self.unit(Self.varied, "读者服务")
        let between = try Self.unit(Self.varied, "污水处理厂二期投用")
        func bin(_ u: Facts) -> Int { families[0].firstIndex { u.has($0) } ?? -1 }
        #expect(bin(inner) > bin(between))
        // a headline sharing words with the story after it, not before: the difference bin says so
        #expect(between.has(.shortAffDiffM2) || between.has(.shortAffDiffM1))
    }

    /// Stories and headings with continuity of every degree.
    static let varied = facts("""
        本报讯（记者甲）昨日，市图书馆新馆正式开馆，新馆藏书八十万册，设有少儿阅览区和自习区。

        图书馆新馆藏书八十万册，少儿阅览区和自习区受到市民欢迎，馆内还开设了古籍阅览室。

        读者服务

        图书馆新馆每周开放七天，少儿阅览区和自习区免费向市民开放，市民可凭身份证借阅。

        新馆还引进了自助借还设备，读者在家门口也能还书，借阅更加方便快捷。

        家门口的借阅

        借阅点设在社区服务中心，图书每月更新一次，居民反映借书方便了许多。

        污水处理厂二期投用

        本报讯（记者乙）近日，污水处理厂二期工程通过验收，污水处理厂日处理能力提高到十万吨。

        城东片区的污水将全部得到处理，出水达到一级标准，周边河道水质明显好转。

        河道治理同步推进，沿河绿道今年内建成，市民散步有了新去处。

        绿道串起城东

        春节将至，商场人流明显增加，今年年货品种更加丰富，价格总体平稳。
        """)

    @Test("orientation: which way the page's headlines face, from the runs between two reports")
    func orientation() throws {
        #expect(Self.after.allSatisfy { $0.value(.orientAfter) > 0 && $0.value(.orientBefore) == 0 })
        let before = Self.facts("""
            图书馆新馆开馆迎客

            本报讯（记者甲）昨日，图书馆新馆正式开馆，新馆藏书八十万册，图书馆设有少儿阅览区。

            污水处理厂二期投用

            本报讯（记者乙）近日，污水处理厂二期工程通过验收，污水处理厂日处理能力提高到十万吨。

            商场年货节人气旺

            本报讯（记者丙）春节将至，各大商场年货节人流明显增加，商场年货品种更加丰富。
            """)
        #expect(before.allSatisfy { $0.value(.orientBefore) > 0 && $0.value(.orientAfter) == 0 })
    }

    @Test("conjunctions: a short unit's or a paragraph's feature weighed with its context is the AND of the two")
    func conjunctions() {
        let short: [(UnitFeature, UnitFeature)] = [(.shortXaffPrevOverNext, .affPrevOverNext), (.shortXaffNextOverPrev, .affNextOverPrev),
                                                   (.shortXcontAcrossLow, .contAcrossLow), (.shortXnextIsLead, .nextIsLead)]
        var fired = Set<UnitFeature>()
        for page in [Self.after, Self.neighbours, Self.kinds, Self.varied] {
            for u in page {
                let isShort = [UnitFeature.shortCont0, .shortCont1, .shortCont2, .shortCont3, .shortCont4].contains { u.has($0) }
                for (x, base) in short {
                    #expect(u.has(x) == (isShort && u.has(base)), "\(x.name) on \(u.text)")
                    if u.has(x) { fired.insert(x) }
                }
                #expect(u.value(.shortXorientAfter) == (isShort ? u.value(.orientAfter) : 0))
                #expect(u.value(.shortXorientBefore) == (isShort ? u.value(.orientBefore) : 0))
                if u.has(.shortXprevEndsSentence) { fired.insert(.shortXprevEndsSentence); #expect(isShort) }
                let isProse = [UnitFeature.proseCont0, .proseCont1, .proseCont2, .proseCont3, .proseCont4].contains { u.has($0) }
                #expect(u.has(.proseXcontPrevLow) == (isProse && u.has(.contPrevLow)), "\(u.text)")
                #expect(u.has(.proseXafterHeading) == (isProse && u.has(.prevHeadingLike)), "\(u.text)")
                #expect(u.has(.proseXlead) == (isProse && u.has(.lead)), "\(u.text)")
                for x in [UnitFeature.proseXcontPrevLow, .proseXafterHeading, .proseXlead, .proseXstartsMidSentence] where u.has(x) { fired.insert(x) }
            }
        }
        #expect(fired.isSuperset(of: [.shortXaffPrevOverNext, .shortXaffNextOverPrev, .shortXcontAcrossLow, .shortXnextIsLead,
                                      .shortXprevEndsSentence, .proseXcontPrevLow, .proseXafterHeading, .proseXlead, .proseXstartsMidSentence]))
        // a paragraph that starts where the one before it stopped mid-sentence
        let cut = Self.facts("""
            本报讯（记者甲）昨日，市图书馆新馆正式开馆，新馆藏书八十万册，设有少儿

            阅览区和自习区，开馆当天前来参观的市民络绎不绝，大家纷纷称赞。
            """)
        #expect(cut.contains { $0.has(.proseXstartsMidSentence) } || cut.count == 1)
    }
}
