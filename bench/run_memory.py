#!/usr/bin/env python3
"""Peak memory of adder's executables against CPython's (issue 4's goal).

  run_memory.py --adder build/tools/adder/adder [--work-dir DIR]

Compiles each program of bench/memory/ with adder, runs it and CPython on
it, checks that both print the same, and prints each one's peak resident
set size, as GNU time reports it (a child of this Python process would
inherit its size: Linux counts the memory a process had before its exec).
"above start" takes off the peak of baseline.py, the start-up floor. Not a
test: the figures go in closing notes.
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def peak_kb(cmd):
    """(stdout, peak RSS in KB) of running cmd under /usr/bin/time."""
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd)} exited with {p.returncode}")
    return p.stdout, int(p.stderr.decode().strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--adder", required=True, help="the adder driver")
    ap.add_argument("--work-dir", default="build/bench-memory",
                    help="where the executables go")
    args = ap.parse_args()
    os.makedirs(args.work_dir, exist_ok=True)
    programs = sorted(f for f in os.listdir(os.path.join(HERE, "memory"))
                      if f.endswith(".py"))
    rows = []
    for name in programs:
        src = os.path.join(HERE, "memory", name)
        exe = os.path.join(args.work_dir, name[:-3])
        subprocess.run([args.adder, "build", src, "-o", exe], check=True)
        out_a, adder_kb = peak_kb([exe])
        out_c, cpython_kb = peak_kb([sys.executable, src])
        if out_a != out_c:
            sys.exit(f"{name}: adder and CPython print different output")
        rows.append((name[:-3], adder_kb, cpython_kb))
    base = {r[0]: r for r in rows}.get("baseline", ("", 0, 0))
    print(f"{'program':20} {'adder KB':>9} {'CPython KB':>10} "
          f"{'adder above start':>18} {'CPython above start':>20} result")
    for name, a, c in rows:
        above_a, above_c = a - base[1], c - base[2]
        ok = "PASS" if a <= c else "MISS"
        print(f"{name:20} {a:9} {c:10} {above_a:18} {above_c:20} "
              f"{'-' if name == 'baseline' else ok}")


if __name__ == "__main__":
    main()
