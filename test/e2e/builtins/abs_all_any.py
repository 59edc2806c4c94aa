# abs, all, any on many argument types.
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(-(2**100)), abs(float("-inf")))
class Neg:
    def __abs__(self):
        return "custom abs"
print(abs(Neg()))
print(all([]), all([1, 2]), all([1, 0]), all("abc"), all(["", "x"]), all(x > 0 for x in [1, 2, 3]), all([[]]))
print(any([]), any([0, 0.0, ""]), any([0, 1]), any(iter([None, [], {}])), any(x > 2 for x in [1, 2, 3]))
seen = []
def check(v):
    seen.append(v)
    return v
print(any(check(v) for v in [0, 0, 5, 0, 7]), seen)
seen.clear()
print(all(check(v) for v in [1, 1, 0, 1]), seen)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    all(5)
except TypeError as e:
    print("TypeError:", e)
