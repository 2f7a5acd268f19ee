import DubaoCore
import DubaoStore

/// How the status line words what the reader tells the user: Chinese first, then English.
extension Notice {
    /// Words that name a key name the key it has in `keys`.
    public func text(_ keys: KeyMap = .standard) -> String {
        switch self {
        case .markedRead: return "标为已读 · marked read"
        case .markedUnread: return "标为未读 · marked unread"
        case .storyID(let id): return "ID \(id) · dubao show \(id)"
        case .noStoryShown: return "没有打开的文章 · no article shown"
        case .copied(let title): return "已复制 \(title) · copied (OSC 52: the terminal must allow it)"
        case .reloading: return "重新导入… · reloading the library's folders"
        case .nothingToReload(let summary): return "没有可重新导入的文件夹 · nothing to reload: \(summary)"
        case .reloaded(let summary): return "已重新导入 · reloaded: \(summary)"
        case .allRead(let section): return "\(section) 全部已读 · all read"
        case .pressQToQuit: return "按 \(keys.label(of: "quit")) 退出 · press \(keys.label(of: "quit")) to quit"
        case .lastStoryHere: return "已是本版最后一篇 · last article here"
        case .firstStoryHere: return "已是本版第一篇 · first article here"
        case .lastPage: return "已是最后一版 · last page"
        case .firstPage: return "已是第一版 · first page"
        case .nothingUnread: return "没有未读 · nothing unread"
        case .continuedFromMissing(let p): return "上接\(PageLabel.of(p)) · \(PageLabel.of(p))不在本库中"
        case .continuesOnMissing(let p): return "下转\(PageLabel.of(p)) · \(PageLabel.of(p))不在本库中"
        case .doesNotJump: return "本文不跨版 · this story does not jump pages"
        case .onPage(let n): return PageLabel.of(n)
        case .bookmarked: return "已加书签 · bookmarked"
        case .bookmarkRemoved: return "已取消书签 · bookmark removed"
        case .noBookmarks: return "还没有书签 · no bookmarks yet (\(keys.label(of: "bookmark")) marks one)"
        case .theme(let name): return "主题 theme: \(name)"
        case .nothingFound(let q): return "没有找到 · nothing found for \(q)"
        case .openStoryFirst: return "先打开一篇文章 · open an article first"
        case .hit(let k, let n): return "第 \(k)/\(n) 处 · hit \(k) of \(n)"
        case .noSearch: return "没有搜索 · no search (\(keys.label(of: "search")) or \(keys.label(of: "find")))"
        case .lastHit: return "已是最后一处 · last hit"
        case .firstHit: return "已是第一处 · first hit"
        case .lastResult: return "已是最后一个结果 · last result"
        case .firstResult: return "已是第一个结果 · first result"
        case .said(let words): return words
        }
    }
}
