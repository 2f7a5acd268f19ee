import DubaoCore
import DubaoLibrary

/// libFuzzer's entry: the bytes of one page file go through decoding and the parser. A crash, a hang (the
/// fuzzer's timeout) or a character the parser loses is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let r = CorpusLoader.parseBytes(bytes, path: "fuzz.txt", idPrefix: "f")
    // (a text with form feeds is a page a sheet: the characters are kept across them all)
    if !r.pages.isEmpty, case .success(let decoded) = TextDecoder.decode(bytes) {
        let missing = ParseAudit.missingCharacters(text: decoded.text, pages: r.pages)
        if !missing.isEmpty {
            fatalError("characters lost: \(missing.map { "U+\(String($0.key.value, radix: 16)) ×\($0.value)" })")
        }
        // the JSON contract must encode whatever was parsed
        _ = try? CorpusJSON.encode(Corpus(pages: r.pages))
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM points an executable's `main` here; libFuzzer's driver takes over.
@_cdecl("dubao_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var c = argc
    var v = argv
    return LLVMFuzzerRunDriver(&c, &v) { data, size in fuzz(data, size) }
}
