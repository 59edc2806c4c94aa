# targets: host -- hash() is 32 bits wide on 32-bit targets, as in CPython there
# hash() of numbers and tuples is deterministic and matches CPython exactly.
ints = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**63, -(2**63), 2**100, -(2**100), 10**30]
print([hash(i) for i in ints])
floats = [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e100, 1e-100, 2.0**61, float("inf"), float("-inf"), 123.456]
print([hash(f) for f in floats])
print(hash(1) == hash(1.0) == hash(True), hash(2**70) == hash(float(2**70)), hash(0.5) == hash(1 / 2))
tuples = [(), (0,), (1, 2), (2, 1), (1, (2, 3)), (-1, -2), (1.5, 2), (True, False)]
print([hash(t) for t in tuples])
print(hash(frozenset()) == hash(frozenset()), hash(None) == hash(None), hash("abc") == hash("abc"), hash(b"ab") == hash(b"ab"))
print(hash(range(3)) == hash(range(0, 3)))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
class H:
    def __hash__(self):
        return 2**70
print(hash(H()), hash(H()) == hash(2**70))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
