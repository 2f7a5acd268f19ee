/// Rule support **PolyphoneReadings**: characters that Mandarin reads more than one way, each with its
/// common readings (toneless, ü written u). ICU gives one reading per character out of context (银行 as
/// yin xing, 长江 as zhang jiang), so search also accepts these. General knowledge of the language (common
/// words, place names and surnames), not of any page; readings that differ only in tone are left out.
/// The library's index holds these readings and removes rows by giving back what it indexed: a change to
/// this table (or to the table in `Sources/CHanziTable`) needs a schema migration that rebuilds the index, as v3 does.
enum Polyphones {
    /// The syllables of `table` that the C table's (`DUBAO_HANZI_SYLLABLES`) lack, so that a search can tell
    /// typed letters from pinyin without reading `table` (`Hanzi.isSyllable`). `SearchTests` holds the two to the
    /// table: a reading added there with a new syllable fails it until the syllable is named here.
    static let syllablesBeyondTable = ["dei", "zhei"]

    static let table = """
        行 xing hang
        长 chang zhang
        重 zhong chong
        乐 le yue lao
        都 du dou
        还 hai huan
        会 hui kuai
        调 diao tiao
        传 chuan zhuan
        单 dan shan chan
        朝 chao zhao
        藏 cang zang
        差 cha chai ci
        弹 dan tan
        大 da dai
        得 de dei
        地 di de
        的 de di
        着 zhe zhao zhuo
        了 le liao
        觉 jue jiao
        角 jiao jue
        校 xiao jiao
        降 jiang xiang
        解 jie xie
        率 lu shuai
        没 mei mo
        模 mo mu
        便 bian pian
        薄 bo bao
        曾 ceng zeng
        参 can shen cen
        称 cheng chen
        仇 chou qiu
        畜 chu xu
        度 du duo
        恶 e wu
        佛 fo fu
        给 gei ji
        和 he huo hu
        卡 ka qia
        壳 ke qiao
        落 luo la lao
        露 lu lou
        埋 mai man
        泊 bo po
        强 qiang jiang
        亲 qin qing
        区 qu ou
        色 se shai
        厦 sha xia
        什 shen shi
        省 sheng xing
        盛 sheng cheng
        识 shi zhi
        属 shu zhu
        说 shuo shui
        似 si shi
        宿 su xiu
        提 ti di
        血 xue xie
        咽 yan ye
        员 yuan yun
        扎 zha za
        择 ze zhai
        厂 chang an
        查 cha zha
        车 che ju
        乘 cheng sheng
        秘 mi bi
        否 fou pi
        夹 jia ga
        系 xi ji
        吓 xia he
        柏 bai bo
        伯 bo bai
        蚌 bang beng
        剥 bo bao
        臂 bi bei
        扁 bian pian
        屏 ping bing
        侧 ce zhai
        刹 sha cha
        颤 chan zhan
        囤 dun tun
        番 fan pan
        蛤 ha ge
        巷 xiang hang
        吭 keng hang
        核 he hu
        奇 qi ji
        茄 qie jia
        浅 qian jian
        嚼 jiao jue
        咖 ka ga
        咳 ke hai
        阿 a e
        娜 na nuo
        粘 nian zhan
        弄 nong long
        迫 po pai
        栖 qi xi
        纤 xian qian
        圈 quan juan
        塞 sai se
        杉 shan sha
        折 zhe she
        熟 shu shou
        叶 ye xie
        遗 yi wei
        殷 yin yan
        殖 zhi shi
        曝 pu bao
        朴 pu piao
        盖 gai ge
        万 wan mo
        尉 wei yu
        蔚 wei yu
        种 zhong chong
        石 shi dan
        期 qi ji
        这 zhe zhei
        那 na nei
        哪 na nei
        谁 shui shei
        六 liu lu
        莞 guan wan
        句 ju gou
        龟 gui jun qiu
        数 shu shuo
        将 jiang qiang
        拗 ao niu
        覃 tan qin
        尾 wei yi
        浒 hu xu
        蕃 fan bo
        汤 tang shang
        洗 xi xian
        脯 fu pu
        埔 pu bu
        堡 bao bu pu
        陂 bei po pi
        繁 fan po
        贾 jia gu
        翟 zhai di
        召 zhao shao
        缪 miao mou miu
        拽 zhuai ye
        蔓 man wan
        泌 mi bi
        氏 shi zhi
        伽 jia ga qie
        扛 kang gang
        扒 ba pa
        膀 bang pang
        磅 bang pang
        刨 pao bao
        炮 pao bao
        瀑 pu bao
        蹊 xi qi
        拾 shi she
        削 xiao xue
        轧 ya zha ga
        钥 yao yue
        艾 ai yi
        约 yue yao
        栅 zha shan
        幢 zhuang chuang
        综 zong zeng
        柞 zuo zha
        澄 cheng deng
        匙 chi shi
        臭 chou xiu
        攒 zan cuan
        撮 cuo zuo
        叨 dao tao
        桧 gui hui
        貉 he hao mo
        脚 jiao jue
        剿 jiao chao
        芥 jie gai
        劲 jin jing
        颈 jing geng
        溃 kui hui
        括 kuo gua
        蜡 la zha
        勒 le lei
        棱 leng ling
        俩 liang lia
        偻 lou lu
        捋 lu luo
        抹 mo ma
        脉 mai mo
        摩 mo ma
        疟 nue yao
        胖 pang pan
        骑 qi ji
        稽 ji qi
        茜 qian xi
        雀 que qiao
        葚 shen ren
        螫 shi zhe
        缩 suo su
        沓 ta da
        拓 tuo ta
        吁 xu yu
        熨 yun yu
        咋 za ze zha
        爪 zhua zhao
        荥 xing ying
        铅 qian yan
        涡 wo guo
        """
}
