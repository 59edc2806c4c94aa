# Int operators on the dynamic path (untyped operands) and on typed ints:
# floor division and modulo round toward negative infinity, bitwise ops,
# shifts past the word size, and results leaving the small-int range.
vals = [0, 1, -1, 7, -7, 3, -3, 2**62 - 1, -2**62, 2**40 + 3, -(2**33)]
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        if b:
            r += [a // b, a % b]
        if 0 <= b < 100:
            r.append(a >> b)
        print(a, b, r)
x = 5
print(x >> 64, -x >> 64, x >> 1000, -5 // 2, -5 % 2, 5 % -2, 5 // -2)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def dyn(a, b):
    out = [a + b, a - b, a * b, a & b, a | b, a ^ b, a < b, a >= b]
    if b:
        out += [a // b, a % b]
    if 0 <= b < 100:
        out.append(a >> b)
    return out


mixed = [0, 1, -1, 7, -7, 3, -3, 2**62 - 1, -2**62, 2**40 + 3, -(2**33), 4611686018427387903, -4611686018427387904]
for a in mixed:
    for b in mixed:
        print(dyn(a, b))
print(dyn(True, 3), dyn(-4611686018427387904, -1))
print(2.5 + dyn.__name__.count("d"), [x * 0.5 for x in [1.0, -2.0]])
