#!/usr/bin/env python3
"""Runs adder's benchmarks and compares them with C (clang -O2) and CPython.

Every bench/<name>.py is a benchmark. If bench/<name>.c exists it is a
numeric kernel: the C file implements the same algorithm on the same inputs
and prints the same text, and the goal is adder within 1.25x of C's time.
Otherwise it is object-heavy, and the goal is adder at least 5x faster than
CPython.

For each benchmark this script builds the C version (clang-19 -O2, once,
into the work directory) and the adder version (`adder build X.py -o X`),
runs python3, the C binary and the adder binary, and checks that all of
them print byte-identical output. A benchmark whose adder output differs is
marked WRONG OUTPUT with a short diff and never counts as fast. Each program
is timed by best-of-N wall clock; --callgrind adds instruction counts of
the C and adder binaries. Results are printed as one table.

  run_bench.py                                  # everything, best of 3
  run_bench.py --only fib,nbody --runs 5
  run_bench.py --no-cpython --callgrind

Benchmarks are not tests: the exit status is 0 whatever adder does. It is 1
only when the suite itself is broken (a C file does not compile, CPython
fails on a benchmark, or C and CPython disagree), since then no row of the
table means anything.
"""
import argparse
import difflib
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)

# The goals from the issues tracker.
NUMERIC_GOAL = 1.25  # adder seconds / C seconds, at most
OBJECT_GOAL = 5.0  # CPython seconds / adder seconds, at least

CC = "clang-19"
# -ffp-contract=off: Python never fuses a multiply and an add, so C must not
# either, or float results (and the printed text) could differ on targets
# with FMA. It changes nothing on the default x86-64 target.
CFLAGS = ["-O2", "-ffp-contract=off"]
LDLIBS = ["-lm"]

# Tools in bench/ that are not benchmarks (boot_cost.py counts boot
# instructions under QEMU, run_memory.py peak memory, compile_time.py
# adder's build times).
HARNESS_FILES = {"run_bench.py", "boot_cost.py", "run_memory.py",
                 "compile_time.py"}


class Run:
    """The outcome of running one program: its output and best time, or
    what went wrong (error is None on success)."""

    def __init__(self):
        self.output = None  # bytes printed on stdout by the first run
        self.best = None  # best wall-clock seconds over the runs
        self.instructions = None  # from callgrind, when asked for
        self.error = None  # short text: crash, timeout, nondeterminism
        self.verdict = None  # with error: "TIMEOUT", "CRASH", "WRONG OUTPUT"


class Result:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind  # "numeric" or "object"
        self.c = None  # Run, or None when there is no C version
        self.adder = None  # Run, or None when adder did not compile it
        self.cpython = None  # Run, or None with --no-cpython
        self.adder_compile_error = None
        self.reference = None  # the output everything must match
        self.reference_from = None  # who printed the reference
        self.wrong_output = None  # diff lines when adder's output differs
        self.suite_errors = []  # problems with C or CPython themselves


def progress(msg):
    sys.stderr.write(msg + "\n")
    sys.stderr.flush()


def discover():
    """[(name, kind)], numeric kernels first, each group sorted by name."""
    names = sorted(f[:-3] for f in os.listdir(BENCH_DIR)
                   if f.endswith(".py") and f not in HARNESS_FILES)
    numeric = [(n, "numeric") for n in names
               if os.path.exists(os.path.join(BENCH_DIR, n + ".c"))]
    objects = [(n, "object") for n in names
               if not os.path.exists(os.path.join(BENCH_DIR, n + ".c"))]
    return numeric + objects


def run_captured(cmd, timeout, workdir):
    """subprocess.run with a timeout that kills the program's whole process
    group, so nothing it started keeps running (and holding the CPU) after
    it is given up on. Raises subprocess.TimeoutExpired."""
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         cwd=workdir, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        raise
    return subprocess.CompletedProcess(cmd, p.returncode, out, err)


def describe_exit(returncode):
    if returncode < 0:
        try:
            return "killed by %s" % signal.Signals(-returncode).name
        except ValueError:
            return "killed by signal %d" % -returncode
    return "exit status %d" % returncode


def first_error_line(text, returncode):
    """The line of a compiler's output most worth showing in one line."""
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    for line in lines:
        if "error" in line.lower():
            return line[:200]
    if lines:
        return lines[0][:200]
    return "exit status %d, no output" % returncode


def compile_program(cmd, timeout):
    """Runs a compiler; returns None on success or a one-line error."""
    try:
        p = run_captured(cmd, timeout, None)
    except FileNotFoundError:
        return "not found: %s" % cmd[0]
    except PermissionError:
        return "not executable: %s" % cmd[0]
    except subprocess.TimeoutExpired:
        return "timed out after %d s" % timeout
    if p.returncode != 0:
        return first_error_line((p.stderr + p.stdout).decode("utf-8", "replace"),
                                p.returncode)
    return None


def run_program(cmd, runs, timeout, workdir):
    """Runs cmd `runs` times; keeps the first run's output and the best
    time. Every run must print the same thing and exit with status 0."""
    result = Run()
    for i in range(runs):
        start = time.perf_counter()
        try:
            p = run_captured(cmd, timeout, workdir)
        except subprocess.TimeoutExpired:
            result.error = "no result within %d s" % timeout
            result.verdict = "TIMEOUT"
            return result
        elapsed = time.perf_counter() - start
        if p.returncode != 0:
            err = p.stderr.decode("utf-8", "replace").strip().splitlines()
            result.error = describe_exit(p.returncode)
            result.verdict = "CRASH"
            if err:
                result.error += ": " + err[-1][:200]
            result.output = p.stdout
            return result
        if result.output is None:
            result.output = p.stdout
        elif p.stdout != result.output:
            result.error = "output changed between runs"
            result.verdict = "WRONG OUTPUT"
            return result
        if result.best is None or elapsed < result.best:
            result.best = elapsed
    return result


def count_instructions(binary, out_file, timeout, workdir):
    """Instructions executed by binary, as counted by callgrind, or an
    error string."""
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out_file,
           binary]
    try:
        p = run_captured(cmd, timeout * 100, workdir)
    except FileNotFoundError:
        return "valgrind not found"
    except subprocess.TimeoutExpired:
        return "callgrind timed out"
    err = p.stderr.decode("utf-8", "replace")
    m = re.search(r"Collected\s*:\s*(\d+)", err)
    if p.returncode != 0 or not m:
        # No "Collected" line: the program crashed under valgrind, or it
        # exec'd another program (valgrind does not follow exec here).
        last = err.strip().splitlines()[-1:] or ["no output"]
        return "callgrind failed (%s): %s" % (describe_exit(p.returncode),
                                              last[0][:200])
    return int(m.group(1))


def short_diff(expected, actual, expected_name, actual_name):
    lines = list(difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(),
        actual.decode("utf-8", "replace").splitlines(),
        expected_name, actual_name, lineterm="", n=1))
    if len(lines) > 14:
        lines = lines[:14] + ["... (%d more diff lines)" % (len(lines) - 14)]
    if not lines:  # Same text once decoded: a byte-level difference.
        lines = ["(outputs differ in bytes not visible as text, e.g. a "
                 "missing final newline or invalid UTF-8)"]
    return lines


class CPythonCache:
    """CPython's output for each benchmark, kept in the work directory so
    that --no-cpython can still check object-heavy benchmarks (which have
    no C version) without running CPython again. Keyed by the source text
    and the Python version."""

    def __init__(self, workdir, python):
        self.workdir = workdir
        self.python = python
        self.version = None

    def _key(self, source):
        if self.version is None:
            p = subprocess.run([self.python, "-c", "import sys; print(sys.version)"],
                               stdout=subprocess.PIPE, check=True)
            self.version = p.stdout
        with open(source, "rb") as f:
            return hashlib.sha256(self.version + f.read()).hexdigest()

    def _paths(self, name):
        base = os.path.join(self.workdir, name + ".cpython")
        return base + ".key", base + ".out"

    def get(self, name, source):
        key_path, out_path = self._paths(name)
        try:
            with open(key_path) as f:
                if f.read() != self._key(source):
                    return None
            with open(out_path, "rb") as f:
                return f.read()
        except OSError:
            return None

    def put(self, name, source, output):
        key_path, out_path = self._paths(name)
        with open(out_path, "wb") as f:
            f.write(output)
        with open(key_path, "w") as f:
            f.write(self._key(source))


def build_c(name, workdir, timeout):
    """Compiles bench/<name>.c unless an up-to-date binary exists; returns
    (binary, error)."""
    source = os.path.join(BENCH_DIR, name + ".c")
    binary = os.path.join(workdir, name + ".c.exe")
    stamp = os.path.join(workdir, name + ".c.flags")
    flags = " ".join([CC] + CFLAGS + LDLIBS)
    try:
        fresh = (os.path.getmtime(binary) >= os.path.getmtime(source)
                 and open(stamp).read() == flags)
    except OSError:
        fresh = False
    if fresh:
        return binary, None
    progress("  compiling %s.c" % name)
    error = compile_program([CC] + CFLAGS + [source, "-o", binary] + LDLIBS,
                            timeout)
    if error:
        return None, error
    with open(stamp, "w") as f:
        f.write(flags)
    return binary, None


def run_benchmark(name, kind, args, cache):
    r = Result(name, kind)
    source = os.path.join(BENCH_DIR, name + ".py")
    workdir = args.work_dir

    # Build both compiled versions first, so a compile error shows before
    # minutes of CPython.
    c_binary = None
    if kind == "numeric":
        c_binary, error = build_c(name, workdir, args.timeout)
        if error:
            r.suite_errors.append("C: compile error: " + error)
    adder_binary = os.path.join(workdir, name + ".adder.exe")
    if os.path.exists(adder_binary):
        os.remove(adder_binary)
    progress("  adder build %s.py" % name)
    error = compile_program([args.adder, "build", source, "-o", adder_binary],
                            args.timeout)
    if error is None and not os.path.exists(adder_binary):
        error = "adder exited with status 0 but wrote no executable"
    if error:
        r.adder_compile_error = error

    if not args.no_cpython:
        progress("  running CPython (best of %d)" % args.runs)
        r.cpython = run_program([args.python, source], args.runs,
                                args.timeout, workdir)
        if r.cpython.error:
            r.suite_errors.append("CPython: " + r.cpython.error)
        else:
            cache.put(name, source, r.cpython.output)
    if c_binary:
        progress("  running C (best of %d)" % args.runs)
        r.c = run_program([c_binary], args.runs, args.timeout, workdir)
        if r.c.error:
            r.suite_errors.append("C: " + r.c.error)
    if not r.adder_compile_error:
        progress("  running adder (best of %d)" % args.runs)
        r.adder = run_program([adder_binary], args.runs, args.timeout,
                              workdir)

    # The reference is CPython's output: it defines what the program means.
    # Without a CPython run, C's output (numeric kernels) or CPython's
    # cached output from an earlier run of the same source stands in.
    if r.cpython and not r.cpython.error:
        r.reference, r.reference_from = r.cpython.output, "CPython"
    elif r.c and not r.c.error:
        r.reference, r.reference_from = r.c.output, "C"
    elif args.no_cpython and r.adder:
        cached = cache.get(name, source)
        if cached is None:
            progress("  running CPython once for the expected output")
            once = run_program([args.python, source], 1, args.timeout, workdir)
            if once.error:
                r.suite_errors.append("CPython: " + once.error)
            else:
                cache.put(name, source, once.output)
                cached = once.output
        if cached is not None:
            r.reference, r.reference_from = cached, "CPython"

    if (r.reference_from == "CPython" and r.c and not r.c.error
            and r.c.output != r.reference):
        r.suite_errors.append("\n".join(
            ["C and CPython print different output:"] +
            ["    " + l for l in short_diff(r.reference, r.c.output,
                                            "CPython", "C")]))
    if r.adder and r.reference is not None and r.adder.output is not None \
            and r.adder.output != r.reference:
        r.wrong_output = short_diff(r.reference, r.adder.output,
                                    r.reference_from, "adder")

    if args.callgrind:
        if r.c and not r.c.error:
            progress("  callgrind C")
            r.c.instructions = count_instructions(
                c_binary, os.path.join(workdir, name + ".c.callgrind"),
                args.timeout, workdir)
        if r.adder and not r.adder.error and not r.wrong_output:
            progress("  callgrind adder")
            r.adder.instructions = count_instructions(
                adder_binary, os.path.join(workdir, name + ".adder.callgrind"),
                args.timeout, workdir)
    return r


def seconds(run):
    if run is None or run.error or run.best is None:
        return "-"
    return "%.3f" % run.best


def millions(run):
    if run is None or not isinstance(run.instructions, int):
        return "-"
    return "%.1f" % (run.instructions / 1e6)


def row_of(r, args):
    """The table cells of one result, and its verdict."""
    adder_ok = (r.adder is not None and not r.adder.error
                and not r.wrong_output and r.reference is not None)
    c_ok = r.c is not None and not r.c.error and r.c.best
    py_ok = r.cpython is not None and not r.cpython.error and r.cpython.best
    adder_per_c = r.adder.best / r.c.best if adder_ok and c_ok else None
    py_per_adder = r.cpython.best / r.adder.best if adder_ok and py_ok else None

    if r.kind == "numeric":
        goal = "adder/C <= %.2f" % NUMERIC_GOAL
        ratio = adder_per_c
        met = ratio is not None and ratio <= NUMERIC_GOAL
    else:
        goal = "CPy/adder >= %g" % OBJECT_GOAL
        ratio = py_per_adder
        met = ratio is not None and ratio >= OBJECT_GOAL

    if r.suite_errors:
        verdict = "SUITE BROKEN"  # No reference to trust; see the notes.
    elif r.adder_compile_error:
        verdict = "COMPILE ERROR"
    elif r.adder.error:
        verdict = r.adder.verdict
    elif r.wrong_output:
        verdict = "WRONG OUTPUT"
    elif r.reference is None:
        verdict = "UNCHECKED"
    elif ratio is None:
        verdict = "n/a"
    else:
        verdict = "PASS" if met else "MISS"

    cells = [r.name, r.kind, seconds(r.c),
             seconds(r.adder) if adder_ok else "-", seconds(r.cpython),
             "%.2fx" % adder_per_c if adder_per_c else "-",
             "%.1fx" % py_per_adder if py_per_adder else "-"]
    if args.callgrind:
        instr_ratio = "-"
        if (r.c and isinstance(r.c.instructions, int) and r.adder
                and isinstance(r.adder.instructions, int)):
            instr_ratio = "%.2fx" % (r.adder.instructions / r.c.instructions)
        cells += [millions(r.c), millions(r.adder), instr_ratio]
    cells += [goal, verdict]
    return cells, verdict


def print_table(results, args):
    header = ["benchmark", "kind", "C s", "adder s", "CPython s", "adder/C",
              "CPy/adder"]
    if args.callgrind:
        header += ["C Minstr", "adder Minstr", "instr adder/C"]
    header += ["goal", "result"]
    rows = []
    verdicts = []
    for r in results:
        cells, verdict = row_of(r, args)
        rows.append(cells)
        verdicts.append((r.kind, verdict))
    widths = [max(len(h), *(len(row[i]) for row in rows))
              for i, h in enumerate(header)]
    left = {0, 1, len(header) - 2, len(header) - 1}

    def fmt(cells):
        return "  ".join(c.ljust(w) if i in left else c.rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    print()
    print(fmt(header))
    print(fmt(["-" * w for w in widths]))
    for row in rows:
        print(fmt(row))
    print()
    print("best of %d wall-clock runs; C is %s %s" %
          (args.runs, CC, " ".join(CFLAGS)))
    load = os.getloadavg()[0]
    cpus = os.cpu_count() or 1
    if load > cpus / 2:
        print("note: load average %.1f on %d CPUs; other work may have "
              "slowed some runs (--callgrind counts are immune)" % (load, cpus))

    for kind, label in (("numeric", "numeric kernels within %.2fx of C"
                         % NUMERIC_GOAL),
                        ("object", "object-heavy at least %gx faster than "
                         "CPython" % OBJECT_GOAL)):
        of_kind = [v for k, v in verdicts if k == kind]
        if of_kind:
            print("%s: %d of %d" % (label, of_kind.count("PASS"), len(of_kind)))

    notes = []
    for r in results:
        if r.adder_compile_error:
            notes.append("%s: adder: compile error: %s"
                         % (r.name, r.adder_compile_error))
        elif r.adder and r.adder.error:
            notes.append("%s: adder binary: %s" % (r.name, r.adder.error))
        if r.wrong_output:
            notes.append("%s: WRONG OUTPUT (adder vs %s):"
                         % (r.name, r.reference_from))
            notes.extend("    " + l for l in r.wrong_output)
        for run, who in ((r.c, "C"), (r.adder, "adder")):
            if run and isinstance(run.instructions, str):
                notes.append("%s: %s: %s" % (r.name, who, run.instructions))
        for e in r.suite_errors:
            notes.append("%s: SUITE BROKEN: %s" % (r.name, e))
    if notes:
        print()
        for n in notes:
            print(n)


def main():
    parser = argparse.ArgumentParser(
        description="Benchmarks adder against C (clang -O2) and CPython.")
    parser.add_argument("--adder", default=os.path.join(
        ROOT, "build", "tools", "adder", "adder"),
        help="the adder executable (default: build/tools/adder/adder)")
    parser.add_argument("--only", default="",
                        help="comma-separated benchmark names")
    parser.add_argument("--runs", type=int, default=3,
                        help="timed runs per program; the best counts")
    parser.add_argument("--no-cpython", action="store_true",
                        help="do not time CPython (outputs are still checked)")
    parser.add_argument("--callgrind", action="store_true",
                        help="also count instructions of the C and adder "
                        "binaries with valgrind --tool=callgrind")
    parser.add_argument("--python", default=sys.executable,
                        help="the CPython to compare with (default: this one)")
    parser.add_argument("--work-dir", default=os.path.join(ROOT, "build",
                                                           "bench"),
                        help="where binaries and outputs go "
                        "(default: build/bench)")
    parser.add_argument("--timeout", type=int, default=600,
                        help="seconds allowed for one compile or one run")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    args.adder = os.path.abspath(args.adder)
    args.work_dir = os.path.abspath(args.work_dir)
    os.makedirs(args.work_dir, exist_ok=True)

    benchmarks = discover()
    if args.only:
        wanted = [n.strip() for n in args.only.split(",") if n.strip()]
        known = {n for n, _ in benchmarks}
        unknown = [n for n in wanted if n not in known]
        if unknown:
            parser.error("unknown benchmark(s): %s (known: %s)"
                         % (", ".join(unknown), ", ".join(sorted(known))))
        benchmarks = [(n, k) for n, k in benchmarks if n in wanted]
    if shutil.which(CC) is None:
        sys.exit("run_bench.py: %s not found (make setup installs it)" % CC)
    if args.callgrind and shutil.which("valgrind") is None:
        sys.exit("run_bench.py: --callgrind needs valgrind")
    if not os.path.exists(args.adder):
        progress("warning: %s does not exist; every adder build will fail"
                 % args.adder)

    cache = CPythonCache(args.work_dir, args.python)
    results = []
    for name, kind in benchmarks:
        progress("%s (%s)" % (name, kind))
        results.append(run_benchmark(name, kind, args, cache))
    print_table(results, args)
    return 1 if any(r.suite_errors for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
