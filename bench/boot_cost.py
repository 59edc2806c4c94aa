#!/usr/bin/env python3
"""Boot cost of a compiled program on a QEMU board, in instructions
(DESIGN.md decision 15: boot cost is measured from reset to the first user
statement), and the image size.

  bench/boot_cost.py                               # hello world, mps2-an385
  bench/boot_cost.py --target=microbit app.py

The program is built with `adder build --target=BOARD`, then booted under
QEMU with -icount (timers follow the instruction count, so runs agree
exactly) and the qemu-icount TCG plugin (shared/tools/qemu-icount: QEMU
ships no plugins), which reports how many guest instructions ran before
each marked address. The marks are symbols of the image:

  main                  the board startup is done (.data, .bss, TLS,
                        console, ticks)
  __main__.$import      the runtime is ready (heap, GC) and the main
                        module's import starts: its first statement is a
                        few instructions further
  adder_hal_write       the first byte of output is on its way

Prints `llvm-size` of the image, then one line per mark.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(HERE)
MARKS = ["main", "__main__.$import", "adder_hal_write"]


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        sys.exit("boot_cost: %s failed (%d):\n%s%s"
                 % (cmd[0], p.returncode, p.stdout, p.stderr))
    return p


def symbol_addresses(elf, names):
    out = run(["llvm-nm-19", elf]).stdout
    found = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] in names and parts[1] in "Tt":
            found[parts[2]] = int(parts[0], 16) & ~1
    return found


def build_plugin(source, work):
    if source.endswith(".so"):
        return source
    lib = os.path.join(work, "libicount.so")
    run(["gcc", "-O2", "-shared", "-fPIC", "-o", lib, source])
    return lib


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("program", nargs="?",
                    help="the Python program (default: print(\"hello world\"))")
    ap.add_argument("--target", default="mps2-an385")
    ap.add_argument("--build", default=os.path.join(SRC, "build"))
    ap.add_argument("--plugin",
                    default=os.path.join(SRC, "..", "shared", "tools",
                                         "qemu-icount", "icount.c"),
                    help="qemu-icount: its icount.c (built with gcc) or a "
                         "built .so")
    ap.add_argument("--icount-shift", type=int, default=3)
    ap.add_argument("--keep", action="store_true",
                    help="keep the work directory and print its path")
    args = ap.parse_args()

    adder = os.path.join(args.build, "tools", "adder", "adder")
    board_tool = os.path.join(args.build, "targets", "adder-board-tool")
    if not os.path.exists(args.plugin):
        sys.exit("boot_cost: no qemu-icount plugin at %s (--plugin)" % args.plugin)
    work = tempfile.mkdtemp(prefix="adder-boot-cost-")
    try:
        program = args.program
        if not program:
            program = os.path.join(work, "hello.py")
            with open(program, "w") as f:
                f.write('print("hello world")\n')
        elf = os.path.join(work, "app.elf")
        run([adder, "build", "--target=" + args.target, program, "-o", elf])
        print(run(["llvm-size-19", elf]).stdout, end="")

        marks = symbol_addresses(elf, MARKS)
        missing = [m for m in MARKS if m not in marks]
        if missing:
            sys.exit("boot_cost: the image has no symbol %s" % ", ".join(missing))
        plugin = build_plugin(args.plugin, work)
        plugin_arg = "%s,mark=%s,maxhits=1" % (
            plugin, ":".join("0x%x" % marks[m] for m in MARKS))
        qemu = run([board_tool, "qemu", args.target, elf,
                    "--icount=%d" % args.icount_shift, "-plugin", plugin_arg,
                    "-d", "plugin"]).stdout.splitlines()
        p = subprocess.run(qemu, capture_output=True, text=True,
                           stdin=subprocess.DEVNULL, timeout=120)
        hits = {int(a, 16): int(n) for a, n in
                re.findall(r"icount: mark 0x([0-9a-f]+) hit 1 at (\d+)", p.stderr)}
        total = re.search(r"icount: total (\d+) insns", p.stderr)
        print("%s, %s (exit status %d):" % (args.target, os.path.basename(program),
                                            p.returncode))
        for m in MARKS:
            n = hits.get(marks[m])
            print("  reset -> %-20s %s" % (m, "not reached" if n is None
                                            else "{:,} instructions".format(n)))
        if total:
            print("  total                       {:,} instructions".format(
                int(total.group(1))))
    finally:
        if args.keep:
            print("work directory:", work)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
