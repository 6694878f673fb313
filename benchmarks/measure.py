#!/usr/bin/env python3
"""Runs commands alternately and reports medians of wall and CPU time (user + sys) and peak memory.

Usage: measure.py RUNS NAME=COMMAND [NAME=COMMAND ...]

Each COMMAND is a shell-free argument list written as one string (split with shlex). The commands
run one after the other, round after round (A B C A B C ...), so that a busy moment on a shared
machine slows one run of each rather than all runs of one. Each run is one process: wall time from
`time.perf_counter`, CPU time and peak resident memory from `os.wait4` (the child's own rusage).
Standard output goes to /dev/null, as a user's pipe would take it; the exit status is ignored
(`check` exits 1 when it finds something).

Prints one JSON object: for each NAME, the median and minimum wall and CPU in milliseconds, the
largest peak RSS in KiB, and the number of runs. A first untimed round warms the file cache.
"""
import json
import os
import shlex
import statistics
import sys
import time


def run_once(argv):
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = (time.perf_counter() - start) * 1000
    code = os.waitstatus_to_exitcode(status)
    if code == 127:
        sys.exit(f"measure.py: cannot run {argv[0]}")
    cpu = (usage.ru_utime + usage.ru_stime) * 1000
    return wall, cpu, usage.ru_maxrss


def main():
    runs = int(sys.argv[1])
    commands = []
    for spec in sys.argv[2:]:
        name, _, command = spec.partition("=")
        commands.append((name, shlex.split(command)))
    for _, argv in commands:
        run_once(argv)
    samples = {name: [] for name, _ in commands}
    for _ in range(runs):
        for name, argv in commands:
            samples[name].append(run_once(argv))
    result = {}
    for name, rows in samples.items():
        walls = [r[0] for r in rows]
        cpus = [r[1] for r in rows]
        result[name] = {
            "wall_ms": statistics.median(walls),
            "wall_min_ms": min(walls),
            "cpu_ms": statistics.median(cpus),
            "cpu_min_ms": min(cpus),
            "peak_kib": max(r[2] for r in rows),
            "runs": runs,
        }
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
