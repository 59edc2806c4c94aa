# sys.stdin: read(n) by characters, readlines, mixing readline and iteration, input().
import sys
print(repr(sys.stdin.read(2)), repr(sys.stdin.read(1)))
print(repr(sys.stdin.readline()))
first = input()
print("input:", first)
rest = sys.stdin.readlines()
print(len(rest), [line.rstrip("\n") for line in rest[:3]])
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), list(sys.stdin))
try:
    sys.stdout.read()
except OSError as e:
    print(isinstance(e, OSError))
