# skip-targets: mps2-an385 (deep recursion needs more stack than the board has)
# skip-gc-stress: runaway recursion, each collection scans the whole deep stack
# Moderately deep recursion works; runaway recursion raises RecursionError.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print("RecursionError caught again")
print(depth(100), issubclass(RecursionError, RuntimeError))
