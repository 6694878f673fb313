import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 14, item 5: the browser that prints a PDF reaches no network, runs in its sandbox (unless
/// the tool runs as root, which it then says), keeps its profile in a temporary folder that is
/// removed, and is given a page whose relative links lead to the curriculum's own files, never to
/// the temporary folder or to a file elsewhere. A stand-in browser records what it was given.
extension BadInputCommandTests {
    /// A shell script that acts as the browser: it keeps its arguments and the page, and writes a PDF.
    static func recordingBrowser(in folder: URL) throws -> URL {
        let script = folder.appendingPathComponent("fake-chromium")
        try """
        #!/bin/sh
        printf '%s\\n' "$@" > "\(folder.path)/arguments.txt"
        for argument in "$@"; do
          case "$argument" in
            --print-to-pdf=*) printf '%%PDF-1.4 fake\\n' > "${argument#--print-to-pdf=}" ;;
            --user-data-dir=*) echo "${argument#--user-data-dir=}" > "\(folder.path)/profile.txt" ;;
            file://*) cat "${argument#file://}" > "\(folder.path)/page.html" ;;
          esac
        done
        """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script
    }

    @Test func pdfBrowserIsQuietAndLinksStayInTheCurriculum() throws {
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("course")
        try FileManager.default.copyItem(at: CLI.fixtures.appendingPathComponent("small-curriculum"), to: folder)
        // A relative annex link, and links that leave the folder.
        let module = folder.appendingPathComponent("module-1.md")
        let text = try String(contentsOf: module, encoding: .utf8).replacingOccurrences(
            of: "Plenaire bespreking.",
            with: "Zie [de kaart](bijlagen/kaart.pdf), [wachtwoorden](/etc/passwd) en [boven](../geheim.md).")
        try text.write(to: module, atomically: true, encoding: .utf8)
        let browser = try Self.recordingBrowser(in: scratch)
        let output = scratch.appendingPathComponent("boekje.pdf").path
        let run = try Self.bounded(
            ["export", folder.path, "--format", "pdf", "--output", output, "--browser", browser.path], seconds: 30,
            megabytes: 1024)
        #expect(run.status == 0, "\(run.stderr)")
        let arguments = try String(contentsOf: scratch.appendingPathComponent("arguments.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        for flag in [
            "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-default-apps",
        ] {
            #expect(arguments.contains(flag), "\(flag) missing from \(arguments)")
        }
        if getuid() == 0 {
            #expect(arguments.contains("--no-sandbox"))
            #expect(run.stderr.contains("warning[CUR024]"), "root is told the sandbox is off:\n\(run.stderr)")
        } else {
            #expect(!arguments.contains("--no-sandbox"), "the sandbox is on for an ordinary user")
        }
        // The profile lived in a temporary folder, removed afterwards.
        let profile = try String(contentsOf: scratch.appendingPathComponent("profile.txt"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!profile.isEmpty && !FileManager.default.fileExists(atPath: profile), "profile \(profile) left behind")
        // Relative links lead to the curriculum's own files; paths out of it are text.
        let page = try String(contentsOf: scratch.appendingPathComponent("page.html"), encoding: .utf8)
        let real = try #require(realpath(folder.path, nil))
        defer { free(real) }
        let annex = "href=\"file://\(String(cString: real))/bijlagen/kaart.pdf\""
        #expect(page.contains(annex), "no \(annex) in the page")
        #expect(!page.contains("/etc/passwd\""), "a link to /etc/passwd")
        #expect(!page.contains("geheim.md\""), "a link out of the folder")
        #expect(page.contains("wachtwoorden") && page.contains("boven"), "the link texts stay")
    }
}
