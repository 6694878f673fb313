#!/usr/bin/env python3
"""A plain LSP client for benchmarks/lsp.sh: times didChange → publishDiagnostics, and the memory
of a server holding many curricula open. Standard library only.

Usage: lsp_client.py BINARY keystrokes MODULE [N]
       lsp_client.py BINARY memory CORPUS_DIR
"""
import json
import os
import pathlib
import statistics
import subprocess
import sys
import time


class Client:
    def __init__(self, binary):
        self.process = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next_id = 1

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self):
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            byte = self.process.stdout.read(1)
            if not byte:
                raise EOFError("the server closed its output")
            header += byte
        length = int(header.split(b"Content-Length:")[1].split(b"\r\n")[0])
        return json.loads(self.process.stdout.read(length))

    def request(self, method, params):
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        self.next_id += 1
        while True:
            message = self.receive()
            if message.get("id") == self.next_id - 1 and "method" not in message:
                return message

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def start(self, root):
        self.request("initialize", {"rootUri": pathlib.Path(root).as_uri(), "capabilities": {}})
        self.notify("initialized", {})

    def wait_for_diagnostics(self, uri, version=None):
        while True:
            message = self.receive()
            params = message.get("params", {})
            if message.get("method") == "textDocument/publishDiagnostics" and params.get("uri") == uri:
                if version is None or params.get("version") == version:
                    return params

    def stop(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        return self.process.wait(timeout=30)


def keystrokes(binary, module, count):
    path = pathlib.Path(module).resolve()
    client = Client(binary)
    client.start(path.parent)
    uri = path.as_uri()
    text = path.read_text(encoding="utf-8")
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
    client.wait_for_diagnostics(uri, 1)
    # Type into the middle of the file: a letter, then delete it, alternately, on a prose line.
    lines = text.split("\n")
    line = next(i for i in range(len(lines) // 2, len(lines)) if len(lines[i]) > 20 and not lines[i].startswith(("#", "-")))
    timings = []
    for n in range(count):
        version = n + 2
        if n % 2 == 0:
            change = {"range": {"start": {"line": line, "character": 5}, "end": {"line": line, "character": 5}}, "text": "x"}
        else:
            change = {"range": {"start": {"line": line, "character": 5}, "end": {"line": line, "character": 6}}, "text": ""}
        started = time.perf_counter()
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
        client.wait_for_diagnostics(uri, version)
        timings.append((time.perf_counter() - started) * 1000)
    status = client.stop()
    timings.sort()
    p50 = statistics.median(timings)
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    print(f"keystroke → diagnostics in {path.name} ({len(lines)} lines), {count} edits: "
          f"p50 {p50:.2f} ms, p99 {p99:.2f} ms, max {timings[-1]:.2f} ms (exit {status})")


def memory(binary, corpus):
    folders = sorted(p for p in pathlib.Path(corpus).iterdir() if (p / "curriculum.md").exists())
    client = Client(binary)
    client.start(corpus)
    for folder in folders:
        module = sorted(folder.glob("module-*.md"))[0]
        uri = module.resolve().as_uri()
        client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": module.read_text(encoding="utf-8")}})
        client.wait_for_diagnostics(uri, 1)
    status_file = pathlib.Path(f"/proc/{client.process.pid}/status").read_text()
    fields = dict(line.split(":", 1) for line in status_file.splitlines() if ":" in line)
    peak = int(fields["VmHWM"].split()[0]) / 1024
    resident = int(fields["VmRSS"].split()[0]) / 1024
    size = sum(f.stat().st_size for folder in folders for f in folder.glob("*.md")) / 1_048_576
    status = client.stop()
    print(f"{len(folders)} curricula open ({size:.1f} MB of text): resident {resident:.1f} MB, peak {peak:.1f} MB (exit {status})")


if __name__ == "__main__":
    binary, mode = sys.argv[1], sys.argv[2]
    if mode == "keystrokes":
        keystrokes(binary, sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 200)
    else:
        memory(binary, sys.argv[3])
