# Reading stdin line by line (input comes from stdin_read_lines.stdin).
import sys
total = 0
count = 0
for line in sys.stdin:
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    name, value = line.split()
    total += int(value)
    count += 1
    print(f"{name:>8}: {int(value):5d}")
print("count", count, "total", total)
