#!/usr/bin/env python3
"""Compares adder's syntax errors with CPython's on a corpus of bad input.

Every snippet in cases.py must be rejected by both; the message and the
line must be identical (with CPython's exception class: SyntaxError,
IndentationError or TabError). The column is reported but compared only as
information, since CPython's own columns for some errors depend on
internals of its PEG parser.
"""
import argparse
import ast
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES

LINE_RE = re.compile(r"^(?P<file>.*?):(?P<line>\d+):(?P<col>\d+): error: (?P<msg>.*)$")


def cpython_error(src):
    try:
        ast.parse(src.encode())
        return None
    except SyntaxError as e:
        return (e.msg, e.lineno, e.offset)


def adder_error(adder, path):
    p = subprocess.run([adder, "parse", path], capture_output=True, timeout=30)
    if p.returncode == 0:
        return None
    if p.returncode != 1:
        return ("CRASH %d" % p.returncode, 0, 0)
    first = p.stderr.decode(errors="replace").splitlines()[0]
    m = LINE_RE.match(first)
    if not m:
        return (first, 0, 0)
    return (m.group("msg"), int(m.group("line")), int(m.group("col")))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--adder", required=True)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    ok = bad = col_diff = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, src in enumerate(CASES):
            path = os.path.join(tmp, "case%d.py" % i)
            with open(path, "w", encoding="utf-8") as f:
                f.write(src)
            want = cpython_error(src)
            have = adder_error(args.adder, path)
            if want is None:
                print("NOT AN ERROR IN CPYTHON: %r" % src)
                bad += 1
                continue
            if have is None or have[0] != want[0] or have[1] != want[1]:
                bad += 1
                print("FAIL %r\n  cpython: %r\n  adder:   %r" % (src, want, have))
                continue
            ok += 1
            if have[2] != want[2]:
                col_diff += 1
                if args.verbose:
                    print("column %r: cpython %s adder %s" % (src, want[2], have[2]))
    print("%d passed, %d failed (%d with a different column)" % (ok, bad, col_diff))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
