import DubaoApp
import Testing

/// `dubao search`'s usual argument forms are read without the argument parser; everything else goes to it.
@Suite("Search arguments")
struct SearchArgumentsTests {
    @Test("the usual forms: options before or after the query, `--name=value`, a query after `--`, page paths")
    func usual() {
        #expect(SearchArguments.quick(["荆州"]) == SearchArguments(query: "荆州"))
        #expect(SearchArguments.quick(["--json", "--library", "/l.sqlite", "荆州"]) == SearchArguments(library: "/l.sqlite", json: true, query: "荆州"))
        #expect(SearchArguments.quick(["荆州", "--library=/l", "--limit", "3", "a.txt", "b"])
                == SearchArguments(library: "/l", limit: 3, query: "荆州", paths: ["a.txt", "b"]))
        #expect(SearchArguments.quick(["--limit=0", "--", "-漆器", "--json"]) == SearchArguments(limit: 0, query: "-漆器", paths: ["--json"]))
        #expect(SearchArguments.quick(["--library", "", "q"]) == nil)
    }

    @Test("help, mistakes and anything unusual are left to the argument parser, which names them")
    func leftToTheParser() {
        for args in [[], ["-h"], ["--help"], ["--json"], ["--json", "--json", "q"], ["--limit", "x", "q"], ["--limit", "-1", "q"],
                     ["--limit=-1", "q"], ["--library"], ["--library", "--json", "q"], ["--library", "a", "--library", "b", "q"],
                     ["--bogus", "q"], ["--json=1", "q"], ["-x", "q"], ["q", "--limit"]] {
            #expect(SearchArguments.quick(args) == nil, "\(args)")
        }
    }
}
