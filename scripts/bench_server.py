#!/usr/bin/env python3
"""Language server start-up time and memory, against the real `caselint server` process.

Start-up: spawn `caselint server`, send `initialize`, time until its response arrives;
the median (and min/max) over --starts runs.

Open to diagnostics: spawn `caselint server`, send `initialize` and `initialized`, then at
once (as an editor does) `didOpen` a --words audit, and time until its diagnostics are
published; the median over --starts runs. Also with the audit opened 0.3 s after
`initialized`.

Memory: one server, --docs audits of --words words each opened with didOpen; after every
document's diagnostics have been published (and a few edits typed into each), read VmRSS and
VmHWM (peak) from /proc/<pid>/status.

    cargo build --release
    python3 scripts/bench_server.py [--bin target/release/caselint] [--starts 30] [--docs 20] [--words 10000]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

AREAS = ["Early help and the front door", "Assessment", "The child's voice and direct work",
         "Identity, diversity and lived experience",
         "Working with parents, carers and the family network", "Planning",
         "Multi-agency working", "Reviews and progress of the plan",
         "Management oversight and supervision", "Recording and chronology",
         "Permanence, legal planning and court", "Outcomes and impact for the child"]
GRADES = ["Good", "Requires improvement", "Outstanding", "Satisfactory"]


def area(i):
    """The same realistic area as crates/lsp/benches/latency.rs."""
    return (
        f"## {AREAS[i % len(AREAS)]} (review {i // len(AREAS) + 1})\n\n"
        f"Judgement: {GRADES[i % len(GRADES)]}\n\n"
        "### Evidence\n"
        "The assessment was completed within timescales and shared with mother, which is positive. "
        "Jo's views are recorded in her own words and the analysis explains how father's drinking affects "
        "her day to day, although the impact of the new partner moving in was not explored. The social "
        "worker visited every four weeks and saw Jo alone on three occasions, which shows a good "
        "understanding of her lived experience. However, the benefit is diminished as the health visitor's "
        "report was not requested and the school's concerns about attendance were recorded without any "
        "analysis of what they mean for her safety. Supervision on 16/09/2026 set clear directions, but "
        "the record does not say whether they were completed, so drift cannot be ruled out. The core group "
        "met twice and agreed actions, and the minutes show that mother and father contributed to the plan. "
        "Overall the work is purposeful and the child is at its centre, but the gaps in multi-agency "
        "information sharing weaken the analysis of risk and need attention before the next review.\n\n"
        "### Impact\n"
        "For Jo, the impact of the missing health information is that her developmental needs may not be "
        "fully understood, which increases the risk that support arrives late and she falls further "
        "behind at school. Her wish to see her father more often is clear, and it is not yet reflected in "
        "the plan.\n\n"
        "### Actions\n"
        "- Social worker to request the health visitor's report by 15 January 2027, so that the "
        "assessment of Jo's needs is updated and recorded on the file.\n"
        "- Team manager to review supervision directions within 4 weeks, evidenced by a dated case note "
        "confirming each direction was completed.\n\n")


def audit(words):
    parts = ["---\nchild: Jo\naudit-date: 2026-11-20\nauditor: A. Auditor\n---\n\n# Case file audit\n\n"]
    count = sum(len(p.split()) for p in parts)
    i = 0
    while count < words:
        parts.append(area(i))
        count += len(parts[-1].split())
        i += 1
    return "".join(parts)


class Server:
    def __init__(self, binary):
        self.proc = subprocess.Popen([binary, "server"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def send(self, msg):
        body = json.dumps(msg).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def receive(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise EOFError("server closed its output")
            line = line.strip()
            if not line:
                break
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        return json.loads(self.proc.stdout.read(length))

    def wait_for(self, pred):
        while True:
            msg = self.receive()
            if pred(msg):
                return msg

    def initialize(self):
        self.send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                   "params": {"processId": None, "rootUri": None, "capabilities": {}}})
        return self.wait_for(lambda m: m.get("id") == 1)

    def stop(self):
        try:
            self.send({"jsonrpc": "2.0", "id": 99, "method": "shutdown"})
            self.wait_for(lambda m: m.get("id") == 99)
            self.send({"jsonrpc": "2.0", "method": "exit"})
            self.proc.stdin.close()
            self.proc.wait(timeout=10)
        except (EOFError, BrokenPipeError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()


def status(pid):
    out = {}
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) / 1024  # MiB
    return out


def published(uri, version):
    return lambda m: (m.get("method") == "textDocument/publishDiagnostics"
                      and m["params"]["uri"] == uri and m["params"].get("version") == version)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "caselint"))
    ap.add_argument("--starts", type=int, default=30)
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--words", type=int, default=10000)
    args = ap.parse_args()
    if not os.path.exists(args.bin):
        sys.exit(f"no binary at {args.bin}: cargo build --release first")

    starts = []
    for _ in range(args.starts):
        began = time.perf_counter()
        server = Server(args.bin)
        server.initialize()
        starts.append(time.perf_counter() - began)
        server.stop()
    ms = [s * 1000 for s in starts]
    print(f"start-up to initialize answered, {len(ms)} starts: median {statistics.median(ms):.1f} ms "
          f"(min {min(ms):.1f}, max {max(ms):.1f})")

    text = audit(args.words)
    for delay in (0.0, 0.3):
        opens = []
        for _ in range(args.starts):
            server = Server(args.bin)
            server.initialize()
            server.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
            time.sleep(delay)
            uri = "file:///bench/open.audit.md"
            began = time.perf_counter()
            server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
                "textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
            server.wait_for(published(uri, 1))
            opens.append((time.perf_counter() - began) * 1000)
            server.stop()
        print(f"didOpen -> publishDiagnostics, {len(text.split())} words, opened {delay:.1f} s after "
              f"initialized, {len(opens)} starts: median {statistics.median(opens):.1f} ms "
              f"(min {min(opens):.1f}, max {max(opens):.1f})")

    server = Server(args.bin)
    server.initialize()
    server.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    idle = status(server.proc.pid)
    uris = [f"file:///bench/audit-{i:02}.audit.md" for i in range(args.docs)]
    for uri in uris:
        server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
            "textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
        server.wait_for(published(uri, 1))
    # Type a little into each, so edit-time buffers count too.
    for uri in uris:
        for version in range(2, 6):
            change = {"range": {"start": {"line": 20, "character": 3}, "end": {"line": 20, "character": 3}},
                      "text": " new"} if version % 2 == 0 else \
                     {"range": {"start": {"line": 20, "character": 3}, "end": {"line": 20, "character": 7}},
                      "text": ""}
            server.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
            server.wait_for(published(uri, version))
    mem = status(server.proc.pid)
    server.stop()
    print(f"memory: {args.docs} audits of {len(text.split())} words ({len(text.encode()) / 1e3:.0f} kB each) open: "
          f"VmRSS {mem['VmRSS']:.1f} MiB, peak VmHWM {mem['VmHWM']:.1f} MiB (idle after initialize: "
          f"VmRSS {idle['VmRSS']:.1f} MiB)")


if __name__ == "__main__":
    main()
