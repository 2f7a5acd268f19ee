import Foundation

/// The JSON the commands print (`dubao parse --json`, `search --json`, `show --json`): pretty, keys sorted so
/// that the same input gives the same bytes, slashes unescaped.
public enum CorpusJSON {
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
        return try e.encode(value)
    }
}
