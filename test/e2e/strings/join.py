# str.join over many iterables and its type errors.
print(",".join(["a", "b", "c"]), "".join("xyz"), " - ".join(("1",)), "|".join([]))
print("".join(str(i) for i in range(10)), "\n".join(["l1", "l2"]), "é".join("ab"))
print(", ".join(sorted({"b": 1, "a": 2})), "+".join(map(str, [1, 2, 3])))
for bad in [["a", 1], [None], ["x", b"y"]]:
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "".join(5)
except TypeError as e:
    print("TypeError:", e)
parts = []
for i in range(5):
    parts.append(chr(ord("a") + i) * (i + 1))
print("/".join(parts))
