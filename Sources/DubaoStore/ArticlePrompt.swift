/// The prompt that asks what to do with the story shown: where to save it (`s`), or which shell command to pipe
/// it to (`|`, as in less and mutt).
public struct ArticlePrompt: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case save
        case pipe
    }

    public var purpose: Purpose
    public var editor: LineEditor

    public init(_ purpose: Purpose, _ editor: LineEditor) {
        self.purpose = purpose
        self.editor = editor
    }

    public var text: String { editor.text }
    public var cursor: Int { editor.cursor }
}
