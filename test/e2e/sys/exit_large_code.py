# Exit status is taken modulo 256 by the OS; use a value in range.
import sys
print("exit with 42")
raise SystemExit(42)
