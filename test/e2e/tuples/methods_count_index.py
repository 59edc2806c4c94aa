# tuple.count and tuple.index (with start/stop).
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.count(1), t.count(7), t.count(5.0), ().count(None))
print(t.index(5), t.index(5, 5), t.index(5, -3), t.index(1, 2, 4))
try:
    t.index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    t.index(3, 1, 9)
except ValueError as e:
    print("ValueError:", e)
print((True, 1, 1.0).count(1), (None, [], ()).index(()))
