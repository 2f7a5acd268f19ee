/// A key or mouse event, decoded from the terminal.
public enum Key: Hashable, Sendable {
    case char(Character)
    /// Control plus a letter (`ctrl("d")` is Ctrl-D).
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case resize
    case mouse(MouseEvent)
    case unknown(Int)
}

public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case click, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
