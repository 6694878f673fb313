// A libFuzzer target for every parser of the toolkit, and for `fmt`'s guarantees.
//
// Built by fuzz/run.sh with `swiftc -sanitize=fuzzer,address -parse-as-library` together with the
// library's sources (as one module, so internal parsers are reachable). Each input is read as a
// file of every kind: module, manifest, catalogue and plan file. The
// target crashes (and libFuzzer keeps the input) on a parser crash, an address-sanitizer finding,
// or when `fmt` breaks a promise: a result it would refuse (CUR802), a result that does not format
// to itself again.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParsers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard case .success(let source) = SourceText.decode(bytes, path: "fuzz.md") else { return 0 }
    _ = ModuleParser.parse(source)
    _ = ManifestParser.parse(source)
    _ = CatalogueParser.parse(source)
    _ = PlanParser.parse(source)
    for line in 1...min(source.lineCount, 64) {
        let text = source.line(line)
        _ = DurationParser.parse(text)
        _ = AnnexReferenceParser.item(text)
        _ = HeadingParser.exercise(text)
    }
    // fmt's promises, in the language the input's labels suggest: `formatChecked` re-parses its
    // result and formats it again, so a refusal means lost meaning or an unstable result.
    // Half the inputs in each notation (a transcription keeps spellings; see Notation).
    let formatter = Formatter(
        language: Formatter.language(of: source), notation: size % 2 == 0 ? .canonical : .asWritten)
    for role in FileRole.allCases {
        if case .unsafe(let diagnostic) = formatter.formatChecked(source, role: role) {
            fatalError("fmt refuses its own output as a \(role) file: \(diagnostic.message)")
        }
    }
    return 0
}
