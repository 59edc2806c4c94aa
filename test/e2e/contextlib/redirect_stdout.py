# print() follows a reassigned sys.stdout; contextlib.redirect_stdout/stderr with io.StringIO.
import sys
import io
from contextlib import redirect_stdout, redirect_stderr

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

old = sys.stdout
cap = Capture()
sys.stdout = cap
print("hello", 42, sep="-")
print("a", "b", end="!")
print()
sys.stdout.write("direct\n")
print("to old", file=old)
sys.stdout = old
print(cap.parts, sys.stdout is old)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("inside", [1, 2])
    with redirect_stdout(io.StringIO()) as inner:
        print("nested")
    print("after nested")
print(target is buf, repr(buf.getvalue()), repr(inner.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

def report(values):
    out = io.StringIO()
    with redirect_stdout(out):
        for v in values:
            print("%5.2f" % v)
    return out.getvalue().splitlines()
print(report([1, 2.5, 10 / 3]))
