# str() and repr() of every core type, alone and inside lists.
vals_i = [0, -1, 2**64]
vals_f = [0.1, -0.0, 1e16, float("inf")]
for v in vals_i:
    print(str(v), repr(v))
for v in vals_f:
    print(str(v), repr(v))
print(str(True), repr(False), str(None), repr(None))
print(str("text"), repr("text"), str("it's"), repr("it's"))
print(repr('a"b'), repr("a'b\"c"), repr("\n\t\\"))
print(str([1, 2.0, -3]), repr([1, 2.0, -3]))
print(str([]), repr([[]]), repr([[1], [2, [3]]]))
print([0.1 + 0.2, 1e16, -0.0, float("nan")])
print([True, None, "s", 'q"'])
print(str(1.0) + str(1) + repr(1.0))
