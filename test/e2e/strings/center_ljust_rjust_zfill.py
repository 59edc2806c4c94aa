# Padding methods with odd widths, custom fill characters and zfill signs.
for w in [0, 3, 6, 7, 8]:
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "é")))
print("ab".center(5, "-"), "ab".center(6, "-"), "a".center(4, "x"), "abc".center(2))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "".zfill(3), "abc".zfill(5), "-".zfill(3), "3.14".zfill(7))
try:
    "a".center(5, "xy")
except TypeError as e:
    print("TypeError:", e)
try:
    "a".ljust("5")
except TypeError as e:
    print("TypeError:", e)
