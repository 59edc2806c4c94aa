#!/usr/bin/env python3
"""Differential check of adder's parser against CPython's on the stdlib.

For every .py file of this Python's standard library (site-packages
excluded), parse it with CPython (ast.parse on the file's bytes) and with
`adder parse --dump-ast`, and compare: the dumps must be identical, or both
must reject the file. Reports every mismatch, crash and timeout, and the
throughput of both parsers measured in the same run.

  parse_check.py --adder build/tools/adder/adder            # every file
  parse_check.py --adder ... --sample 300                   # fixed sample

Exit status 0 when the identical share reaches --min-percent and there are
no crashes or timeouts.
"""
import argparse
import ast
import os
import subprocess
import sys
import sysconfig
import time

BATCH = 100


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "site-packages")
        for name in sorted(filenames):
            if name.endswith(".py"):
                files.append(os.path.join(dirpath, name))
    return sorted(files)


def cpython_dump(path):
    data = open(path, "rb").read()
    try:
        return ast.dump(ast.parse(data))
    except (SyntaxError, ValueError) as e:
        return None


def run_adder(adder, files, timeout):
    """Returns {file: dump or None (rejected)} or raises on crash/timeout."""
    proc = subprocess.run([adder, "parse", "--dump-ast"] + files,
                          capture_output=True, timeout=timeout)
    if proc.returncode not in (0, 1):
        raise RuntimeError("exit status %d: %s" % (
            proc.returncode, proc.stderr.decode(errors="replace")[-500:]))
    out = proc.stdout.decode("utf-8", errors="surrogateescape")
    result = {}
    if len(files) == 1:
        text = out.rstrip("\n")
        result[files[0]] = None if proc.returncode == 1 and not text else text
        return result
    current = None
    lines = []
    for line in out.split("\n"):
        if line.startswith("==> ") and line.endswith(" <==") and line[4:-4] in files:
            if current is not None:
                result[current] = "\n".join(lines)
            current = line[4:-4]
            lines = []
        else:
            lines.append(line)
    if current is not None:
        result[current] = "\n".join(lines).rstrip("\n")
    for f in files:
        if result.get(f) == "error":
            result[f] = None
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--adder", required=True, help="path to the adder binary")
    ap.add_argument("--sample", type=int, default=0,
                    help="check only N files spread evenly over the stdlib")
    ap.add_argument("--min-percent", type=float, default=99.5,
                    help="required share of identical results (default 99.5)")
    ap.add_argument("--timeout", type=float, default=60.0,
                    help="seconds allowed per batch of %d files" % BATCH)
    args = ap.parse_args()

    files = stdlib_files()
    if args.sample and args.sample < len(files):
        step = len(files) / args.sample
        files = [files[int(i * step)] for i in range(args.sample)]

    total_bytes = sum(os.path.getsize(f) for f in files)
    t0 = time.perf_counter()
    for f in files:
        try:
            ast.parse(open(f, "rb").read())
        except (SyntaxError, ValueError):
            pass
    cpython_seconds = time.perf_counter() - t0

    t0 = time.perf_counter()
    timing = subprocess.run([args.adder, "parse"] + files,
                            capture_output=True, timeout=600)
    adder_seconds = time.perf_counter() - t0

    expected = {f: cpython_dump(f) for f in files}
    identical, mismatches, crashes, timeouts = 0, [], [], []
    both_rejected = 0
    for i in range(0, len(files), BATCH):
        batch = files[i:i + BATCH]
        try:
            got = run_adder(args.adder, batch, args.timeout)
        except (RuntimeError, subprocess.TimeoutExpired):
            got = {}
            for f in batch:  # find the culprit
                try:
                    got.update(run_adder(args.adder, [f], args.timeout))
                except subprocess.TimeoutExpired:
                    timeouts.append(f)
                except RuntimeError as e:
                    crashes.append((f, str(e)))
        for f in batch:
            if f not in got:
                continue
            want, have = expected[f], got[f]
            if want == have:
                identical += 1
                both_rejected += want is None
            else:
                mismatches.append((f, want is None, have is None))

    n = len(files)
    percent = 100.0 * identical / n if n else 100.0
    root = sysconfig.get_paths()["stdlib"]
    for f, want_err, have_err in mismatches:
        what = ("CPython rejects, adder accepts" if want_err else
                "adder rejects, CPython accepts" if have_err else
                "different AST")
        print("MISMATCH %s: %s" % (os.path.relpath(f, root), what))
    for f, err in crashes:
        print("CRASH %s: %s" % (os.path.relpath(f, root), err))
    for f in timeouts:
        print("TIMEOUT %s" % os.path.relpath(f, root))
    mb = total_bytes / 1e6
    print("parse speed: adder %.1f MB/s (%.2f s), CPython ast.parse %.1f MB/s "
          "(%.2f s) on %.1f MB" % (mb / adder_seconds, adder_seconds,
                                   mb / cpython_seconds, cpython_seconds, mb))
    print("%d files: %d identical (%.2f%%, %d rejected by both), "
          "%d mismatches, %d crashes, %d timeouts"
          % (n, identical, percent, both_rejected, len(mismatches),
             len(crashes), len(timeouts)))
    ok = percent >= args.min_percent and not crashes and not timeouts
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
