import Testing
@testable import DubaoCore

/// Fitting which line of a headline group is the main headline: the written headline bank's format, and that a
/// group printed many times counts once.
@Suite("Headline roles: the bank and the fit")
struct HeadlineRoleFitTests {
    @Test("a bank is read group by group; a malformed group is reported and left out")
    func bankFormat() {
        let text = """
        # a comment
        k: 全县新修农村公路三百公里
        h: 出门就上柏油路

        h: 新城医院开诊
        s: ——一线医护人员见闻

        h: 一行
        h: 两个主题

        k: 只有引题

        x: 不知是什么
        h: 主题
        """
        let bank = Calibration.headlineBank(text)
        #expect(bank.groups.count == 2)
        #expect(bank.groups.first?.texts == ["全县新修农村公路三百公里", "出门就上柏油路"])
        #expect(bank.groups.first?.main == 1)
        #expect(bank.groups.last?.main == 0)
        #expect(bank.problems.count == 3)
        #expect(bank.problems.contains { $0.contains("2 main headlines") })
        #expect(bank.problems.contains { $0.contains("0 main headlines") })
        #expect(bank.problems.contains { $0.contains("not k:, h: or s:") })
    }

    @Test("a group printed many times counts once: three groups outweigh one repeated forty times")
    func repeatedGroupCountsOnce() {
        // every group has the same shape (a short line, then a line twice as long, no marks), so only the count of
        // groups can decide which line the fit calls the main headline
        let repeated: Calibration.HeadlineGroup = (["春风送暖", "城乡处处涌动新气象"], 0)
        let others: [Calibration.HeadlineGroup] = [
            (["乡村振兴", "小小菌菇撑起致富产业"], 1),
            (["文明创建", "背街小巷换上干净新装"], 1),
            (["冬季供暖", "老旧管网改造全部完成"], 1),
        ]
        let role = Calibration.fitRoles([], bank: Array(repeating: repeated, count: 40) + others, seedWeight: 6) { _ in }
        var model = ParserModel()
        model.role = role
        #expect(HeadlineRoles.mainIndex(["民生实事", "便民服务站开进社区"], model: model) == 1)
    }
}
