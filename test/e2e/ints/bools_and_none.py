# bool is an int subtype: arithmetic, printing, bool() conversion, None.
print(True, False, repr(True), str(False))
print(True + True, True * 10, False - 1, True / 2, True // 2, -True)
print(True & False, True | False, True ^ True, ~True, ~False)
print(True << 4, True == 1, False == 0, True is True)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(0.1))
print(bool(""), bool("a"), bool([]), bool([0]), bool(None), bool(2**100))
print(bool(float("nan")), bool(float("inf")))
print(not True, not False, not 0, not 5, not None, not [], not "x")
print(None, repr(None), str(None), None is None, None is not None)
x = None
if x is None:
    print("x is None")
def nothing():
    pass
print(nothing(), nothing() is None)
print(True and 3, False and 3, True or 3, 0 or 7, 0 or "", None or 0)
print(1 < 2 and 3, 1 > 2 or "fallback")
count = 0
for v in [True, False, True, True]:
    count += v
print(count)
