/// Recognisers for the printed conventions that open, close or connect stories. Each is a named rule with
/// its own tests; none depends on a particular paper's names.
public enum Markers {
    // The recognisers live in the Markers+… files, one kind of mark each.
}

extension Array where Element == Unicode.Scalar {
    func trimmingSpaces() -> [Unicode.Scalar] {
        var a = 0
        var b = count
        while a < b && CharClass.isSpace(self[a]) { a += 1 }
        while b > a && CharClass.isSpace(self[b - 1]) { b -= 1 }
        return Array(self[a..<b])
    }
}
