#!/usr/bin/env python3
"""Times `adder build` for the host: each object-heavy benchmark alone,
and a program of more than 500 lines made of two of them (a main module
importing richards and raytrace and running both), the size the compile
time goal is stated for (under 1 s).

  compile_time.py [--adder PATH] [--runs N]

Prints the best wall time of N builds per program and, for that build, the
time of each compiler stage as `adder build --time` reports it. It is a
measurement, not a test: it fails only when a build fails.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
SINGLE = ["generators", "jsontree", "raytrace", "richards", "wordfreq"]
COMBINED = ["richards", "raytrace"]
STAGES = ["frontend", "irgen", "lower", "optimize", "codegen", "link"]
GOAL_LINES = 500
GOAL_SECONDS = 1.0


def count_lines(paths):
    total = 0
    for path in paths:
        with open(path) as f:
            total += sum(1 for _ in f)
    return total


def build(adder, source, out_dir):
    """One timed build; returns (seconds, {stage: ms})."""
    cmd = [adder, "build", "--time", source,
           "-o", os.path.join(out_dir, "program")]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit("adder build %s failed:\n%s" % (source, proc.stderr))
    stages = {}
    for line in proc.stderr.splitlines():
        m = re.match(r"adder: (\w+).*?\s([0-9.]+) ms$", line)
        if m:
            stages[m.group(1)] = float(m.group(2))
    return seconds, stages


def best_build(adder, source, runs, out_dir):
    return min((build(adder, source, out_dir) for _ in range(runs)),
               key=lambda r: r[0])


def combined_program(work):
    """A main module importing COMBINED; returns (main path, every file)."""
    files = []
    for name in COMBINED:
        dest = os.path.join(work, name + ".py")
        shutil.copy(os.path.join(BENCH_DIR, name + ".py"), dest)
        files.append(dest)
    main = os.path.join(work, "main.py")
    with open(main, "w") as f:
        for name in COMBINED:
            f.write("import %s\n" % name)
        for name in COMBINED:
            f.write("%s.main()\n" % name)
    return main, files + [main]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--adder", default=os.path.join(
        BENCH_DIR, "..", "build", "tools", "adder", "adder"),
        help="the compiler to time (default build/tools/adder/adder)")
    parser.add_argument("--runs", type=int, default=3,
                        help="builds per program; the fastest counts")
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory() as work:
        for name in SINGLE:
            source = os.path.join(BENCH_DIR, name + ".py")
            rows.append((name, count_lines([source]),
                         best_build(args.adder, source, args.runs, work)))
        main_path, files = combined_program(work)
        combined = ("+".join(COMBINED), count_lines(files),
                    best_build(args.adder, main_path, args.runs, work))
        rows.append(combined)

    header = ["program", "lines", "wall s"] + [s + " ms" for s in STAGES]
    table = [header]
    for name, lines, (seconds, stages) in rows:
        table.append([name, str(lines), "%.3f" % seconds] +
                     ["%.0f" % stages.get(s, 0.0) for s in STAGES])
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    for k, row in enumerate(table):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
        if k == 0:
            print("  ".join("-" * w for w in widths))
    name, lines, (seconds, _) = combined
    verdict = "PASS" if seconds < GOAL_SECONDS else "MISS"
    print("\nbest of %d builds for the host; goal: a %d-line program in "
          "under %.0f s: %s (%s, %d lines, %.2f s)"
          % (args.runs, GOAL_LINES, GOAL_SECONDS, verdict, name, lines,
             seconds))


if __name__ == "__main__":
    main()
