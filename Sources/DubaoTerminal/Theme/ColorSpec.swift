/// Parses the colours themes name: `default`, the sixteen names (`red`, `bright-blue`, `gray` …),
/// a 256-colour index (`208`), or `#rrggbb`.
public enum ColorSpec {
    static let names: [String: UInt8] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "gray": 8, "grey": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    public static func parse(_ s: String) -> Color? {
        let t = s.lowercased().replacingOccurrences(of: "_", with: "-")
        if t == "default" || t == "none" { return .default }
        if let n = names[t] { return .indexed(n) }
        if let v = Int(t), v >= 0, v <= 255 { return .indexed(UInt8(v)) }
        if t.hasPrefix("#"), t.count == 7, let v = UInt32(t.dropFirst(), radix: 16) {
            return .rgb(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF))
        }
        return nil
    }

    /// The xterm-256 palette entry closest to a colour (indices 16–255; 0–15 vary by terminal).
    public static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let levels: [Int] = [0, 95, 135, 175, 215, 255]
        func cube(_ v: UInt8) -> Int { levels.enumerated().min { abs($0.1 - Int(v)) < abs($1.1 - Int(v)) }!.0 }
        let (ri, gi, bi) = (cube(r), cube(g), cube(b))
        let cubeIndex = 16 + 36 * ri + 6 * gi + bi
        let cubeDist = dist((levels[ri], levels[gi], levels[bi]), (Int(r), Int(g), Int(b)))
        let avg = (Int(r) + Int(g) + Int(b)) / 3
        let grayStep = max(0, min(23, (avg - 8 + 5) / 10))
        let grayLevel = 8 + grayStep * 10
        let grayDist = dist((grayLevel, grayLevel, grayLevel), (Int(r), Int(g), Int(b)))
        return UInt8(grayDist < cubeDist ? 232 + grayStep : cubeIndex)
    }

    /// The closest of the eight basic colours (for 8- and 16-colour terminals).
    public static func nearest8(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let basic: [(Int, Int, Int)] = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229)]
        return UInt8(basic.enumerated().min { dist($0.1, (Int(r), Int(g), Int(b))) < dist($1.1, (Int(r), Int(g), Int(b))) }!.0)
    }

    /// RGB of a 256-colour index (for mapping down to 8 colours).
    public static func rgb(of index: UInt8) -> (UInt8, UInt8, UInt8) {
        let i = Int(index)
        if i < 16 {
            let basic: [(UInt8, UInt8, UInt8)] = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
                                                  (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255)]
            return basic[i]
        }
        if i >= 232 { let v = UInt8(8 + (i - 232) * 10); return (v, v, v) }
        let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
        let c = i - 16
        return (levels[c / 36], levels[c / 6 % 6], levels[c % 6])
    }

    static func dist(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return dr * dr + dg * dg + db * db
    }
}
