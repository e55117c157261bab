#!/usr/bin/env python3
"""Whole-process start-up of two caselint builds, alternated: medians of wall and CPU time.

    python3 scripts/startup.py OLD_BINARY NEW_BINARY [AUDIT]
"""
import subprocess, time, statistics, sys, resource, os
bins = sys.argv[1:3]; f = sys.argv[3] if len(sys.argv) > 3 else 'examples/jo.audit.md'
wall = {b: [] for b in bins}; cpu = {b: [] for b in bins}
for i in range(31):
    for b in bins:
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run([b, 'check', '--fail-on', 'never', f], stdout=subprocess.DEVNULL)
        wall[b].append((time.perf_counter() - t) * 1e3)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu[b].append((r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime) * 1e3)
for b in bins:
    print(f"{b}: wall median {statistics.median(wall[b]):.1f} ms, cpu median {statistics.median(cpu[b]):.1f} ms")
print("ratio wall", round(statistics.median(wall[bins[1]]) / statistics.median(wall[bins[0]]), 3), "cpu", round(statistics.median(cpu[bins[1]]) / statistics.median(cpu[bins[0]]), 3), "load", os.getloadavg()[0])
