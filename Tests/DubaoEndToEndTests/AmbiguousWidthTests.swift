import DubaoCore
import DubaoTestSupport
import Foundation
import Testing

/// `--ambiguous-wide` in a terminal that draws `“ ” — … ·` two columns wide: tmux made into one (its own
/// `wcwidth`, which it measures characters with, replaced for it through LD_PRELOAD; the reader runs without it).
@Suite("Ambiguous width in a terminal that draws it wide", .serialized)
struct AmbiguousWidthTests {
    /// A shared library whose wcwidth counts every East Asian ambiguous character two columns wide, as a terminal
    /// set so does (the ranges are those the layout counts wide with `ambiguousWide`).
    static func wideShim(in dir: URL) throws -> String? {
        let c = dir.appendingPathComponent("wide.c"), so = dir.appendingPathComponent("wide.so")
        var ranges: [(UInt32, UInt32)] = []
        for v in UInt32(0x80)...0x10FFFF {
            guard let s = Unicode.Scalar(v), DisplayWidth.of(s, ambiguousWide: true) == 2, DisplayWidth.of(s) == 1 else { continue }
            if let last = ranges.last, last.1 == v - 1 { ranges[ranges.count - 1].1 = v } else { ranges.append((v, v)) }
        }
        let tests = ranges.map { "(c >= \($0.0) && c <= \($0.1))" }.joined(separator: " ||\n        ")
        try """
        #define _GNU_SOURCE
        #include <dlfcn.h>
        #include <wchar.h>
        int wcwidth(wchar_t c) {
            static int (*real)(wchar_t);
            if (!real) real = (int (*)(wchar_t))dlsym(RTLD_NEXT, "wcwidth");
            if (\(tests)) return 2;
            return real(c);
        }
        """.write(to: c, atomically: true, encoding: .utf8)
        for compiler in ["cc", "clang", "gcc"] {
            if (try? Tmux.run(["env", compiler, "-shared", "-fPIC", "-o", so.path, c.path, "-ldl"]))?.status == 0 { return so.path }
        }
        return nil
    }

    @Test("the panes' borders stay in their columns and no space is written after a quote or a dash")
    func bordersHold() throws {
        #expect(Tmux.available)
        let bin = try #require(BuiltProgram.dubao)
        let dir = Fixtures.temporaryFolder("dubao-ambiguous")
        defer { try? FileManager.default.removeItem(at: dir) }
        let shim = try #require(try Self.wideShim(in: dir), "no C compiler to build the test's wcwidth")
        let lib = Tmux.quote(dir.appendingPathComponent("l.sqlite").path)
        let t = try Tmux(command: "\(Tmux.quote(bin)) --ambiguous-wide --no-mouse --library \(lib) \(Tmux.quote(Fixtures.seeds.path))",
                         columns: 120, rows: 30, server: ["LD_PRELOAD": shim])
        // tmux counts a quote as two columns now
        try t.waitFor(text: "文章 Articles")
        try t.keys("Enter")
        let screen = try t.waitForSettled("the article") { $0.last?.contains("翻页") == true }
        let text = screen.joined(separator: "\n")
        #expect(text.contains("“"), "the screen shows quotes: \(text)")
        // what was padded: a space between a quote and the Han character after it
        #expect(text.range(of: #"[“‘] \p{Han}"#, options: .regularExpression) == nil, "\(text)")
        // each pane border at the same column on every row, counting as the terminal does
        var columns: [[Int]] = []
        for line in screen.dropFirst(1).dropLast() {
            var x = 0, found: [Int] = []
            for ch in line {
                if ch == "|" || ch == "│" { found.append(x) }
                x += DisplayWidth.of(ch, ambiguousWide: true)
            }
            columns.append(found)
        }
        let first = try #require(columns.first { $0.count == 2 })
        #expect(columns.dropFirst().allSatisfy { $0 == first }, "borders: \(columns)\n\(text)")
        try t.keys("q", "q")
        try t.waitFor(text: "EXITED")
    }
}
