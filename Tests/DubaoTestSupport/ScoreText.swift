import Foundation

/// Text as shared/tools/score-parse compares it: whitespace dropped, NFKC-folded (fullwidth and ASCII punctuation
/// equal).
public enum ScoreText {
    public static func norm(_ s: String?) -> String {
        (s ?? "").precomposedStringWithCompatibilityMapping.unicodeScalars.filter { !$0.properties.isWhitespace }
            .map(String.init).joined()
    }
}
