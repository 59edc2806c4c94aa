# Dict and set displays and comprehensions: evaluation order, duplicate
# keys (first position, last value), unhashable keys.
def v(x):
    print("eval", x)
    return x
d = {v("a"): v(1), v("b"): v(2), v("a"): v(3)}
print(d, len(d))
print({}, {1: {2: {}}}, {(1, 2): [3], None: True, 2.5: "f"})
s = {v(3), v(1), v(3)}
print(sorted(s), len(s), {1, 1.0, True}, {(1, 2), (1, 2)})
print({k: k * k for k in range(5) if k != 2})
print({c: i for i, c in enumerate("abca")})
print(sorted({x % 4 for x in range(20)}), {w[0] for w in ["apple", "avocado"]})
print({k: [j for j in range(k)] for k in range(3)})
for bad in [1, 2]:
    try:
        if bad == 1:
            print({[1]: 2})
        else:
            print({[1], 2})
    except TypeError as e:
        print("TypeError:", e)
