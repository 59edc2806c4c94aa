# round() uses round-half-even on the exact binary value.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(0.4999999999999999), round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1), round(1234.5678, -2))
print(round(1234.5678, -1), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(1e300, 2), round(1.5e-300, 2), round(123.456, 10), round(0.0, 3), round(-0.0, 1))
print(round(7), round(-7), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(-25, -1), round(5, -1), round(123, 2), round(123, -5))
print(round(2**70 + 2**20, -6), round(-(2**70), -10))
print(round(2.5, 0), round(3.5, 0), round(-2.5, 0))
print(round(1e16), round(1.7976931348623157e308) == 2**1024 - 2**971)
print(round(float("inf"), 2), round(float("nan"), 2), round(float("-inf"), -3))
print(round(12.345, 1), round(12.355, 2), round(0.5, 1), round(0.05, 1), round(0.15, 1), round(0.25, 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(3.7) + 1, round(3.7, 0) + 1)
