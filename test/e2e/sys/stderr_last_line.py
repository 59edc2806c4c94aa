# Text written to stderr is compared by its last line only.
import sys
print("stdout line")
sys.stderr.write("first stderr line\n")
print("warning: low disk space", file=sys.stderr)
sys.stderr.write("final stderr line\n")
