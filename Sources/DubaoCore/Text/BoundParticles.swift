/// Particles that end a phrase and never begin one: `的` (`的确`, `的士` aside), `了` (`了解`, `了却`, `了结`, `了不起`
/// aside), `们`, `吗`, `呢`, `吧`. A line opening with one is the rest of the line before it, whatever lies between.
enum BoundParticles {
    static func opens(_ s: String) -> Bool {
        var it = s.unicodeScalars.lazy.filter { !CharClass.isSpace($0) }.makeIterator()
        guard let first = it.next(), let second = it.next() else { return false }
        switch first {
        case "的": return second != "确" && second != "士"
        case "了": return !"解却结不".unicodeScalars.contains(second)
        case "们", "吗", "呢", "吧": return true
        default: return false
        }
    }
}
