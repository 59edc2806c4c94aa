# abs() and unary +/- on ints, big ints, floats and bools.
for v in [0, 5, -5, 2**62, -(2**62), 2**63, -(2**63), 2**200, -(2**200)]:
    print(abs(v), -v, +v)
print(abs(-0.0), abs(-3.5), abs(2.5), abs(float("-inf")))
print(abs(True), abs(False), -True, +False)
print(abs(-9223372036854775808), abs(-4611686018427387904))
x = -17
x = abs(x) * -1
print(x, abs(x) - abs(-x))
