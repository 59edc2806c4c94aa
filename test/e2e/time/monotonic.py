# targets: host -- boards have no wall clock: time.time() counts from reset
# Clocks: only monotonicity and sanity checks are printed.
import time
a = time.monotonic()
b = time.monotonic()
print(b >= a, type(a).__name__)
p1 = time.perf_counter()
total = sum(range(100000))
p2 = time.perf_counter()
print(p2 >= p1, total)
t = time.time()
print(t > 1.6e9, type(t).__name__)
ns1 = time.monotonic_ns()
ns2 = time.monotonic_ns()
print(ns2 >= ns1, type(ns1).__name__)
