#!/usr/bin/env python3
"""didOpen -> diagnostics of two (or more) caselint builds, alternated run by run: the audit is
opened the instant the server is `initialized`, as an editor does when it starts with a
file. Medians, first quartiles and minimums of N starts each (default 40).

    python3 scripts/open_at_once.py [--starts N] [--words W] OLD_BINARY NEW_BINARY

Alternating the builds puts them under the same load, which on a shared VM moves from
minute to minute; `scripts/bench_server.py` runs each build's starts one after another.
"""
import argparse
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_server as bs  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--starts", type=int, default=40)
    ap.add_argument("--words", type=int, default=10000)
    ap.add_argument("bins", nargs="+")
    args = ap.parse_args()
    text = bs.audit(args.words)
    times = {b: [] for b in args.bins}
    for _ in range(args.starts):
        for b in args.bins:
            server = bs.Server(b)
            server.initialize()
            server.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
            uri = "file:///bench/open.audit.md"
            began = time.perf_counter()
            server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
                "textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
            server.wait_for(bs.published(uri, 1))
            times[b].append((time.perf_counter() - began) * 1000)
            server.stop()
    words = len(text.split())
    for b, v in times.items():
        print(f"{b}: didOpen -> publishDiagnostics, {words} words, opened at once, {len(v)} starts: "
              f"median {statistics.median(v):.1f} ms (p25 {statistics.quantiles(v, n=4)[0]:.1f}, "
              f"min {min(v):.1f})")


if __name__ == "__main__":
    main()
