# int() of floats truncates toward zero; huge floats become big ints.
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(-0.0), int(2.0))
print(int(1e10), int(-1e10), int(1e15), int(1e16), int(1e17))
print(int(1e20), int(1e22), int(1.5e30), int(-2.5e40))
print(int(2.0**53), int(2.0**53 + 2), int(2.0**63), int(2.0**64), int(-2.0**63))
print(int(1.7976931348623157e308))
print(int(123456.789), int(-987654.321))
print(int(0.9999999999999999), int(4.999999999999999))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("-inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
x = 7.75
n = int(x)
print(n, x - n, n + 1)
