/// Rule support **Surnames**: the common Chinese surnames (the single-character ones that name the great
/// majority of people, and the usual two-character ones). General knowledge of the language, not of any page:
/// it tells a personal name (`罗姿娟`, `欧阳清`) from a short heading word (`专家解读`) where nothing else can.
enum Surnames {
    /// Roughly the commonest first, fifty-four to a row.
    static let byFrequency: [Unicode.Scalar] = Array("""
        王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔\
        钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊\
        葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆\
        蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿\
        桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝洪鄢黄谌揭
        """.unicodeScalars)
    static let single = Set(byFrequency)
    static let double = ["欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "夏侯", "令狐", "澹台", "端木"]

    /// The commonest of them (the list's first two rows): a bare two-character word that begins with a rarer one
    /// (`党支`, `时代`) is more often a wrapped word than a name.
    static let common = Set(byFrequency.prefix(108))

    /// A bare name of `length` Han characters may open with `c`: a name of two with one of the commonest surnames
    /// (`党支`, `时代` are wrapped words more often than names), a name of three with any (`宁海波`).
    static func mayOpenName(_ c: Unicode.Scalar, length: Int) -> Bool {
        common.contains(c) || (length >= 3 && single.contains(c))
    }

    /// The name begins with a common surname.
    static func opens<S: StringProtocol>(_ name: S) -> Bool {
        guard let f = name.unicodeScalars.first else { return false }
        return single.contains(f) || double.contains { name.hasScalarPrefix($0) }
    }
}
