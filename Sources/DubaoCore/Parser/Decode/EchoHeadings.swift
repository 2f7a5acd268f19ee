/// Rule **EchoHeading**: an intertitle names the part of the story after it. A heading whose words are most of them
/// in the paragraph before it (`affPrev` 0.6 or more) and hardly any in the text after it (`affNext` 0.15 at most),
/// where the text after goes on little from the text before (`contAcrossLow`), names what it follows: a short story's
/// headline printed after it (a picture story's text, then `抢抓时间 开足马力`), not an intertitle of the story the
/// text after it begins.
enum EchoHeadings {
    static func echoesBefore(_ f: [Float]) -> Bool {
        f[UnitFeature.affPrev.rawValue] >= 0.6 && f[UnitFeature.affNext.rawValue] <= 0.15 && f[UnitFeature.contAcrossLow.rawValue] != 0
    }
}
