# Conversions between int and float at precision edges.
print(float(2**53), float(2**53 + 1), float(2**53 + 2), float(2**53 + 3))
print(float(2**63 - 1), float(2**64 - 1), float(-(2**63)), float(2**100))
print(float(12345678901234567890), float(-98765432109876543210987))
print(float(2**1024 - 2**971), float(2**1024 - 2**970 - 1))
print(int(float(2**60 + 1)) == 2**60, int(float(123456789)) == 123456789)
print(float(0), float(-0), repr(float(-0)))
print(int(-0.9), int(-1.0), int(1e-10), int(-1e-10))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 1e10 + 0.5]:
    print(v, int(v), round(v))
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(-(2**2000))
except OverflowError as e:
    print("OverflowError:", e)
