#!/usr/bin/env python3
"""Differential end-to-end tests: every test/e2e/**/*.py runs under CPython
and under adder, and stdout, the exit status and the last line of stderr
must be identical. Expected output always comes from CPython at test time.

  run_e2e.py --adder build/tools/adder/adder                  # host
  run_e2e.py --adder ... --target=mps2-an385                  # a QEMU board
  run_e2e.py --self-check                                     # python3 twice

Files and directories whose names start with '_' are not tests: they are
the helper modules and packages that tests import (test/e2e/modules/_shapes/
is a package), found next to the importing test as CPython finds them.

A test can opt out of a target with a first-line comment
`# targets: host` (only these targets) or `# skip-targets: mps2-an385`;
a reason should follow on the same line. Tests may read stdin from a
sibling FILE.stdin.

Under `--adder-flag=--gc-stress` (a collection before every allocation),
a test that allocates millions of objects would take hours: its collections
each mark everything live. Such a test says so in its first lines with
`# skip-gc-stress: <reason>`; the runner lists the tests it skips.
"""
import argparse
import concurrent.futures
import difflib
import os
import signal
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))


def discover(paths):
    tests = []
    for p in paths or [ROOT]:
        if os.path.isfile(p):
            tests.append(os.path.abspath(p))
            continue
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(("_", ".")))
            if os.path.abspath(dirpath) == ROOT:
                continue  # the runner itself; tests live in topic folders
            for f in sorted(filenames):
                # Helper modules of multi-file tests live in *_mod dirs or
                # start with '_'; only top-level scripts are tests.
                if f.endswith(".py") and not f.startswith("_") and \
                        not dirpath.endswith("_modules"):
                    tests.append(os.path.abspath(os.path.join(dirpath, f)))
    return tests


def head_lines(test):
    with open(test, encoding="utf-8", errors="replace") as f:
        return [f.readline().strip() for _ in range(3)]


def wanted_on(test, target):
    for line in head_lines(test):
        if line.startswith("# targets:"):
            return target in line.split(":", 1)[1].split()
        if line.startswith("# skip-targets:"):
            return target not in line.split(":", 1)[1].split()
    return True


def skips_gc_stress(test):
    return any(line.startswith("# skip-gc-stress:") for line in head_lines(test))


def run(cmd, test, timeout):
    stdin_path = test[:-3] + ".stdin"
    stdin = open(stdin_path, "rb").read() if os.path.exists(stdin_path) else b""
    # A session of its own, so that a timeout also stops what the command
    # started (the compiled program, QEMU).
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, cwd=os.path.dirname(test),
                         start_new_session=True)
    try:
        out, err = p.communicate(stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.communicate()
        return None
    err_lines = err.decode("utf-8", "replace").rstrip("\n").split("\n")
    return (out.decode("utf-8", "replace"), p.returncode, err_lines[-1])


def check(test, args):
    name = os.path.relpath(test, ROOT)
    want = run([args.python, test], test, args.timeout)
    if want is None:
        return name, "python3 timed out"
    if args.self_check:
        cmd = [args.python, test]
    else:
        cmd = [args.adder, "run"]
        if args.target != "host":
            cmd.append("--target=" + args.target)
        cmd += args.adder_flags + [test]
    have = run(cmd, test, args.timeout)
    if have is None:
        return name, "adder timed out after %ss" % args.timeout
    problems = []
    if want[0] != have[0]:
        diff = difflib.unified_diff(want[0].splitlines(), have[0].splitlines(),
                                    "python3", "adder", lineterm="", n=2)
        problems.append("stdout differs:\n" + "\n".join(list(diff)[:40]))
    if want[1] != have[1]:
        problems.append("exit status %d, python3 gave %d" % (have[1], want[1]))
    if want[2] != have[2]:
        problems.append("last stderr line:\n  python3: %s\n  adder:   %s"
                        % (want[2], have[2]))
    return name, "\n".join(problems) if problems else None


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="tests or directories (default: all)")
    ap.add_argument("--adder", help="path to the adder binary")
    ap.add_argument("--target", default="host")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--self-check", action="store_true",
                    help="run python3 on both sides (checks the runner itself)")
    ap.add_argument("--adder-flag", dest="adder_flags", action="append", default=[],
                    help="extra flag for `adder run` (repeatable)")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=120)
    args = ap.parse_args()
    if args.adder:
        args.adder = os.path.abspath(args.adder)  # tests run in their dir
    if not args.self_check and not args.adder:
        ap.error("--adder is required unless --self-check is given")

    tests = [t for t in discover(args.paths) if wanted_on(t, args.target)]
    if "--gc-stress" in args.adder_flags:
        skipped = [t for t in tests if skips_gc_stress(t)]
        for t in skipped:
            print(f"SKIP {os.path.relpath(t)} under --gc-stress")
        tests = [t for t in tests if t not in skipped]
    failed = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for name, problem in pool.map(lambda t: check(t, args), tests):
            if problem:
                failed.append(name)
                print("FAIL %s [%s]\n%s" % (name, args.target, problem), flush=True)
    print("e2e %s: %d passed, %d failed" % (args.target, len(tests) - len(failed),
                                            len(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
