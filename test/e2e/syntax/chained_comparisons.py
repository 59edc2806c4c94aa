# Chained comparisons evaluate each operand at most once and short-circuit.
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 1 < 2 < 3 < 4 < 5, 1 < 3 < 2 < 4)
print(1 == 1.0 == True, "a" < "b" < "c", [1] == [1] != [2], 0 <= x <= 4)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2), calls)
print(1 in [1, 2] in [[1, 2], [3]], None is None is not False, 2 not in [1] not in [[2]])
a = b = c = 7
print(a == b == c, a is b is c, a < b <= c)
try:
    print(1 < 2 < "x")
except TypeError as e:
    print("TypeError:", e)
print(1 > 2 < "x")
