# time.sleep waits at least the requested time.
import time
start = time.monotonic()
time.sleep(0.05)
elapsed = time.monotonic() - start
print(elapsed >= 0.045, elapsed < 1.5)
start = time.perf_counter()
time.sleep(0)
print(time.perf_counter() >= start)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
