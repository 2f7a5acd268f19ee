/// One logical paragraph of an article body, in reading order.
public struct Block: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case paragraph, intertitle, caption, signature, qa
    }

    public var type: Kind
    public var text: String

    public init(_ type: Kind, _ text: String) {
        self.type = type
        self.text = text
    }
}
