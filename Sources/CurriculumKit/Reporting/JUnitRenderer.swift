/// Renders a check as JUnit XML, which GitLab, Jenkins and most CI dashboards show as a test report.
///
/// Shape (documented in docs/ci.md): one `<testsuite>` per file checked, named by its path; in it
/// one `<testcase>` per rule code that reported something in the file (`name="CUR401
/// unresolved-annex"`, `classname` the path), or a single passing `<testcase name="check">` when the
/// file is clean. A test case *fails* (`<failure>`) when one of its findings is an error, or a
/// warning under `--strict`; the other findings are listed in its `<system-out>`. Findings that
/// belong to no file (no curriculum found) go in a suite named `(run)`.
public enum JUnitRenderer {
    public static func render(_ report: CheckReport, strict: Bool = false) -> String {
        var order: [String] = []
        var byFile: [String: [Diagnostic]] = [:]
        for file in report.files where byFile[file] == nil {
            order.append(file)
            byFile[file] = []
        }
        for diagnostic in report.diagnostics {
            let file = diagnostic.range?.file ?? "(run)"
            if byFile[file] == nil {
                order.append(file)
                byFile[file] = []
            }
            byFile[file, default: []].append(diagnostic)
        }
        func fails(_ d: Diagnostic) -> Bool { d.severity == .error || (strict && d.severity == .warning) }

        var suites = ""
        var totalTests = 0
        var totalFailures = 0
        for file in order {
            let diagnostics = byFile[file] ?? []
            var codes: [DiagnosticCode] = []
            for d in diagnostics where !codes.contains(d.code) { codes.append(d.code) }
            var cases = ""
            var failures = 0
            if codes.isEmpty {
                cases += "    <testcase classname=\"\(escape(file))\" name=\"check\"/>\n"
            }
            for code in codes {
                let found = diagnostics.filter { $0.code == code }
                let failing = found.filter(fails)
                cases += "    <testcase classname=\"\(escape(file))\" name=\"\(escape(code.id + " " + code.name))\">\n"
                if !failing.isEmpty {
                    failures += 1
                    let message =
                        failing.count == 1 ? failing[0].message : "\(failing.count) findings: \(failing[0].message)"
                    cases +=
                        "      <failure type=\"\(code.id)\" message=\"\(escape(message))\">\(escape(failing.map(describe).joined(separator: "\n")))</failure>\n"
                }
                let passing = found.filter { !fails($0) }
                if !passing.isEmpty {
                    cases += "      <system-out>\(escape(passing.map(describe).joined(separator: "\n")))</system-out>\n"
                }
                cases += "    </testcase>\n"
            }
            let tests = max(codes.count, 1)
            totalTests += tests
            totalFailures += failures
            suites +=
                "  <testsuite name=\"\(escape(file))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
                + cases + "  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"curriculum check\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\">\n"
            + suites + "</testsuites>\n"
    }

    /// `path:line:col: error[CUR401]: message` and the hint, as the human format's first line.
    static func describe(_ d: Diagnostic) -> String {
        var text = d.location.map { "\($0.file):\($0.line):\($0.column): " } ?? ""
        text += "\(d.severity.rawValue)[\(d.code.id)]: \(d.message)"
        if let hint = d.hint { text += "\n  help: \(hint.message)" }
        return text
    }

    /// Escapes text for XML 1.0 content and attribute values; drops the control characters XML
    /// cannot carry at all.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
