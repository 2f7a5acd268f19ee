import Testing
@testable import DubaoCore

/// An invented law page (法治): a case story under its column's label with a dash subtitle and an intertitle, a brief,
/// and a reader's question answered by a lawyer (`读者问：…` / `律师答：…`), an e-mail line at the foot; as text copied
/// from a web page gives it and in the seeds' two dump styles.
@Suite("Law page")
struct LawPageTests {
    static let page = """
        湖西日报
        2025年6月16日 星期一
        第6版
        法治

        以案说法
        男子网购“低价手机”被骗三千元
        ——法官提醒：网购要认准正规平台
        本报通讯员 李娟 记者 张强
        今年3月，市民王某在一个社交群里看到有人出售“内部渠道”手机，价格比官方旗舰店便宜一千多元。王某动了心，按对方要求添加了私人账号。
        对方发来一个付款链接，王某付款三千元后，对方以“需要缴纳保证金”为由继续要求转账。王某察觉不对，再联系时已被对方拉黑。
        警方随后立案侦查，很快将犯罪嫌疑人抓获。近日，城西区人民法院以诈骗罪判处被告人有期徒刑一年，并处罚金五千元。
        法官说法
        承办法官表示，不法分子常以“内部价”“清仓价”为诱饵，引导消费者脱离正规平台私下交易。消费者网购时应选择正规平台，不要轻信陌生链接，更不要私下转账。
        一旦发现被骗，要及时保存聊天记录、转账凭证等证据，第一时间报警。

        普法宣传进社区
        本报讯（记者 张强 通讯员 周敏）6月14日，市司法局组织律师、法官走进城北街道幸福社区，开展“法律明白人”普法宣传活动。
        活动现场，律师们围绕婚姻家庭、房屋租赁、防范电信诈骗等居民关心的问题，现场解答咨询五十余人次，发放宣传资料八百余份。

        法律咨询
        租房押金不退怎么办
        读者问：我租的房子到期后退租，房东以墙面有污渍为由拒绝退还押金，我该怎么办？
        律师答：根据相关法律规定，租赁期满后，承租人应按约定返还租赁物，出租人应退还押金。墙面正常使用产生的轻微污渍属于合理损耗，房东无权以此扣押金。建议先与房东协商，协商不成可向人民调解委员会申请调解，或向人民法院起诉。
        （江城律师事务所律师 陈立 解答）

        投稿邮箱：fzb@hxrb.cn
        责任编辑：孙悦 校对：李青
        """

    @Test("a reader's question and a lawyer's answer are the turns of a Q&A, under the column's label")
    func readerQuestion() {
        for (name, text) in CopiedPageTests.renderings(Self.page) {
            let page = parse(text)
            #expect(page.articles.compactMap(\.headline) == ["男子网购“低价手机”被骗三千元", "普法宣传进社区", "租房押金不退怎么办"], "\(name)")
            let answer = page.articles.last
            #expect(answer?.column == "法律咨询", "\(name)")
            #expect(answer?.blocks.filter { $0.type == .qa }.map { String($0.text.prefix(3)) } == ["读者问", "律师答"], "\(name)")
            let story = page.articles.first
            #expect(story?.column == "以案说法" && story?.blocks.filter { $0.type == .intertitle }.map(\.text) == ["法官说法"], "\(name)")
            #expect(page.articles.allSatisfy { !($0.column ?? "").contains("@") }, "\(name)")
        }
    }

    @Test("named turns of a Q&A: the asker or the answerer before 问 or 答; a speaker's name alone is none")
    func turns() {
        #expect(UnitFacts.namedTurn("读者问：租房押金不退怎么办？") == "问")
        #expect(UnitFacts.namedTurn("律师答：根据相关法律规定，……") == "答")
        #expect(UnitFacts.namedTurn("陈立：押金应当退还。") == nil)
        #expect(UnitFacts.namedTurn("问：医保异地就医如何备案？") == nil)
        // asked in prose, answered by no one named so: a paragraph
        let prose = parse(Self.page.replacingOccurrences(of: "律师答：", with: "律师陈立说，"))
        #expect(prose.articles.last?.blocks.contains { $0.type == .qa } == false)
    }
}
