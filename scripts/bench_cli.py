#!/usr/bin/env python3
"""CLI throughput and memory: `caselint check` over a folder of generated audits.

Builds N audits (default 2,000) from the shared corpus texts (../shared/corpus/dev.jsonl
beside the repository, else the bundled example), then times `caselint check --format json`
over the folder R times and reports the median wall time, MB/s and peak RSS (from
/usr/bin/time or resource.getrusage).

    cargo build --release
    python3 scripts/bench_cli.py [--bin target/release/caselint] [--audits 2000] [--runs 7] [--kind corpus|realistic] [--curly]

`--kind corpus` (the default) fills each audit's six areas with corpus sentences, most of
them written to trigger a rule: dense with findings, the hard case. `--kind realistic`
gives each audit three areas of the latency benchmark's realistic area (a few findings
each, as `scripts/bench_server.py` uses); its text repeats, which favours the lazy DFAs'
caches. `--curly` writes every apostrophe as a curly one (’), as Word does as it is typed.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def texts():
    corpus = os.path.join(ROOT, "..", "shared", "corpus", "dev.jsonl")
    out = []
    if os.path.exists(corpus):
        with open(corpus, encoding="utf-8") as fh:
            for line in fh:
                case = json.loads(line)
                if isinstance(case.get("evidence"), str):
                    out.append(case)
    return out


def audit(i, cases):
    if not cases:
        with open(os.path.join(ROOT, "examples", "jo.audit.md"), encoding="utf-8") as fh:
            return fh.read()
    parts = ["---", "child: Jo", "audit-date: 2026-11-20", "---", "", "# Case file audit", ""]
    for k in range(6):
        case = cases[(i * 6 + k) % len(cases)]
        parts += [f"## Area {k + 1}", "", f"Judgement: {['Good', 'Requires improvement', 'Outstanding'][k % 3]}", "",
                  "### Evidence", case["evidence"], "", "### Impact",
                  case.get("impact") or "For Jo, this means the plan is more likely to work, which reduces the risk of drift.",
                  "", "### Actions",
                  "- Social worker to complete two direct work sessions with Jo by 15 January 2027, so that her views are recorded.",
                  ""]
    return "\n".join(parts)


def realistic(i):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import bench_server
    head = "---\nchild: Jo\naudit-date: 2026-11-20\nauditor: A. Auditor\n---\n\n# Case file audit\n\n"
    return head + "".join(bench_server.area(i * 3 + k) for k in range(3))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "caselint"))
    ap.add_argument("--audits", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--kind", choices=["corpus", "realistic"], default="corpus")
    ap.add_argument("--curly", action="store_true", help="write apostrophes as ’")
    args = ap.parse_args()
    cases = texts()
    with tempfile.TemporaryDirectory(prefix="caselint-bench-") as tmp:
        total = 0
        for i in range(args.audits):
            text = audit(i, cases) if args.kind == "corpus" else realistic(i)
            if args.curly:
                text = text.replace("'", "\u2019")
            total += len(text.encode("utf-8"))
            with open(os.path.join(tmp, f"audit-{i:05}.audit.md"), "w", encoding="utf-8") as fh:
                fh.write(text)
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            proc = subprocess.run([args.bin, "check", "--format", "json", "--fail-on", "never", tmp],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            times.append(time.perf_counter() - start)
            if proc.returncode != 0:
                sys.exit(f"caselint exited {proc.returncode}: {proc.stderr.decode()[:300]}")
        rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        med = statistics.median(times)
        kind = args.kind + (", curly apostrophes" if args.curly else "")
        print(f"audits ({kind}): {args.audits}, {total / 1e6:.1f} MB, runs: {args.runs}, cores: {os.cpu_count()}")
        print(f"wall time: median {med * 1000:.0f} ms (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})")
        print(f"throughput: median {total / 1e6 / med:.1f} MB/s")
        print(f"peak RSS: {rss_kb / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
