#!/usr/bin/env python3
"""Runs every test suite of adder and ends with one summary line.

Suites: GoogleTest unit tests (through ctest), lit + FileCheck tests
(including the stdlib parse sample and the syntax-error corpus), and the
differential end-to-end tests on the host and on each QEMU target.
"""
import argparse
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(HERE)


def run_suite(name, cmd, parse, env=None):
    """Runs cmd, echoes its output, and returns (passed, failed) as read from
    the output by parse (None if the output has no result)."""
    print("==> %s: %s" % (name, " ".join(cmd)), flush=True)
    start = time.time()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       env=env)
    out = p.stdout.decode("utf-8", "replace")
    sys.stdout.write(out)
    counts = parse(out)
    if counts is None:
        print("==> %s: could not read the result (exit status %d)"
              % (name, p.returncode))
        return 0, 1
    passed, failed = counts
    if p.returncode != 0 and failed == 0:
        failed = 1
    print("==> %s: %d passed, %d failed (%.0f s)"
          % (name, passed, failed, time.time() - start), flush=True)
    return passed, failed


def parse_ctest(out):
    m = re.search(r"tests passed, (\d+) tests? failed out of (\d+)", out)
    return (int(m.group(2)) - int(m.group(1)), int(m.group(1))) if m else None


def parse_lit(out):
    passed = re.search(r"^\s*Passed\s*: (\d+)", out, re.M)
    failed = re.findall(r"^\s*(?:Failed|Unresolved|Timed Out|Unexpectedly "
                        r"Passed)\s*: (\d+)", out, re.M)
    if not passed and not failed:
        return None
    return (int(passed.group(1)) if passed else 0, sum(int(f) for f in failed))


def parse_plain(out):
    m = None
    for m in re.finditer(r"(\d+) passed, (\d+) failed", out):
        pass
    return (int(m.group(1)), int(m.group(2))) if m else None


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--build", default=os.path.join(SRC, "build"))
    # mps2-an385 (Cortex-M3, soft float, 32-bit words) is the board the
    # corpus must pass on; other boards run with --targets=....
    ap.add_argument("--targets", default="host,mps2-an385",
                    help="comma-separated e2e targets (host or board names)")
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    adder = os.path.join(build, "tools", "adder", "adder")
    results = []
    results.append(run_suite(
        "unit", ["ctest", "--test-dir", build, "--output-on-failure", "-j2"],
        parse_ctest))
    results.append(run_suite(
        "lit", [sys.executable, "/usr/lib/llvm-19/build/utils/lit/lit.py", "-sv",
                os.path.join(build, "test", "lit")],
        parse_lit))
    e2e = os.path.join(HERE, "e2e", "run_e2e.py")
    for target in [t for t in args.targets.split(",") if t]:
        if not os.path.exists(adder):
            print("e2e %s: %s is missing (did the build fail?)" % (target, adder))
            results.append((0, 1))
            continue
        cmd = [sys.executable, e2e, "--target=" + target, "--adder", adder]
        results.append(run_suite("e2e " + target, cmd, parse_plain))
    passed = sum(r[0] for r in results)
    failed = sum(r[1] for r in results)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
