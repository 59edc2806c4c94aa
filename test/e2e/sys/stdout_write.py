# sys.stdout.write returns the number of characters written; no newline added.
import sys
n = sys.stdout.write("hello")
m = sys.stdout.write(" wörld\n")
print(n, m)
sys.stdout.write("a" + "b" * 3 + "\n")
print("mixed with print", end="")
sys.stdout.write("|written\n")
sys.stdout.flush()
w = sys.stdout.write
for i in range(3):
    w(str(i))
w("\n")
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
print(sys.stdout.writable() if hasattr(sys.stdout, "writable") else True)
