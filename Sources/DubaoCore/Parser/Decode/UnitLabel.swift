/// What a unit of the page is. The parser scores every label for every unit from its features and picks the
/// best consistent labelling of the whole page (`Viterbi`).
public enum UnitLabel: Int, CaseIterable, Sendable, Codable {
    /// The first paragraph of a story (it opens a new one).
    case storyStart
    /// A paragraph that continues the story before it.
    case body
    /// An intertitle (小标题) inside a story.
    case intertitle
    /// A line of the headline group of the story that follows (kicker, headline or subtitle).
    case headlineNext
    /// A line of the headline group of the story before it (printed after its body).
    case headlinePrevious
    /// A byline line (`□ 记者 李理`), of the story that follows.
    case byline
    /// A photo caption or credit.
    case caption
    /// A closing attribution or note of the story before it (signature, `（本报记者某某参与采写）`).
    case signature
    /// Page furniture: header and footer lines, editor lines, labels, slogans.
    case furniture
    /// The page's banner (版名).
    case banner
    /// A continuation mark on its own (`（上接第1版）`, `（下转第2版）`).
    case mark

    /// Short names used in the model's weights and in `dubao parse --explain`.
    public var name: String {
        switch self {
        case .storyStart: return "start"
        case .body: return "body"
        case .intertitle: return "intertitle"
        case .headlineNext: return "headNext"
        case .headlinePrevious: return "headPrev"
        case .byline: return "byline"
        case .caption: return "caption"
        case .signature: return "signature"
        case .furniture: return "furniture"
        case .banner: return "banner"
        case .mark: return "mark"
        }
    }

    public init?(name: String) {
        guard let l = UnitLabel.allCases.first(where: { $0.name == name }) else { return nil }
        self = l
    }
}

/// The states of the decode: a label, and for the labels that may stand inside a story or between stories,
/// whether a story is open. The transitions allowed between them keep a labelling consistent: a paragraph
/// continues a story only while one is open, an intertitle sits between paragraphs of its story, a headline
/// group printed before its story is followed by that story, a headline printed after its body closes it.
public enum DecodeState: Int, CaseIterable, Sendable {
    case storyStart, body, intertitle, headNext, headPrev, byline, signature, markFrom, markTo
    case captionOpen, captionClosed, furnitureOpen, furnitureClosed, bannerOpen, bannerClosed

    public var label: UnitLabel {
        switch self {
        case .storyStart: return .storyStart
        case .body: return .body
        case .intertitle: return .intertitle
        case .headNext: return .headlineNext
        case .headPrev: return .headlinePrevious
        case .byline: return .byline
        case .signature: return .signature
        case .markFrom, .markTo: return .mark
        case .captionOpen, .captionClosed: return .caption
        case .furnitureOpen, .furnitureClosed: return .furniture
        case .bannerOpen, .bannerClosed: return .banner
        }
    }

    /// A story is open after this state: a paragraph may continue it.
    public var storyOpen: Bool {
        switch self {
        case .storyStart, .body, .markFrom, .captionOpen, .furnitureOpen, .bannerOpen: return true
        default: return false
        }
    }

    /// A headline or byline waits for its story.
    var pending: Bool { self == .headNext || self == .byline }

    static let closedSet: Set<DecodeState> = [.headPrev, .signature, .markTo, .captionClosed, .furnitureClosed, .bannerClosed]

    /// Whether `next` may follow `self`.
    public func allows(_ next: DecodeState) -> Bool {
        switch self {
        // an intertitle stands over text of its story: the paragraphs under it, or the rest of the story on
        // another page (an intertitle at the foot of a column, then 下转第N版)
        case .intertitle: return next == .body || next == .intertitle || next == .markTo
        case .headNext: return [.headNext, .byline, .storyStart, .markFrom, .captionClosed].contains(next)
        case .byline: return [.byline, .headNext, .storyStart, .markFrom, .captionClosed].contains(next)
        // 上接 opens the rest of a story: its text follows (an intertitle or a repeated headline is part of it)
        case .markFrom: return ![.headNext, .headPrev, .byline, .storyStart].contains(next) && next != .captionClosed
            && next != .furnitureClosed && next != .bannerClosed
        default: break
        }
        if storyOpen {
            return ![.captionClosed, .furnitureClosed, .bannerClosed].contains(next)
        }
        // closed: no story to continue
        switch next {
        case .body, .intertitle, .captionOpen, .furnitureOpen, .bannerOpen, .signature, .markTo: return false
        case .headPrev: return [.headPrev, .signature, .markTo, .captionClosed, .furnitureClosed, .bannerClosed].contains(self)
        default: return true
        }
    }

    /// May begin the page.
    public var canBegin: Bool { !storyOpen || self == .storyStart || self == .markFrom }

    /// May end the page (a headline, a byline or an intertitle wait for what follows them).
    public var canEnd: Bool { self != .intertitle && self != .headNext && self != .byline }

    /// The state a label takes after `previous` (for turning a labelled page into states).
    public static func state(of label: UnitLabel, after previous: DecodeState?, markIsFrom: Bool) -> DecodeState {
        let open = previous?.storyOpen ?? false || previous == .intertitle
        switch label {
        case .storyStart: return .storyStart
        case .body: return .body
        case .intertitle: return .intertitle
        case .headlineNext: return .headNext
        case .headlinePrevious: return .headPrev
        case .byline: return .byline
        case .signature: return .signature
        case .mark: return markIsFrom ? .markFrom : .markTo
        case .caption: return open ? .captionOpen : .captionClosed
        case .furniture: return open ? .furnitureOpen : .furnitureClosed
        case .banner: return open ? .bannerOpen : .bannerClosed
        }
    }
}
