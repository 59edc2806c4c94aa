# list.index with start/stop bounds and list.count.
a = [10, 20, 30, 20, 10, 20]
print(a.index(20), a.index(20, 2), a.index(20, 4), a.index(10, -2), a.index(30, 0, 3))
print(a.count(20), a.count(10), a.count(99), a.count(20.0), [].count(1))
for args in [(99,), (20, 6), (30, 3, 5), (10, 1, 4)]:
    try:
        print(a.index(*args))
    except ValueError as e:
        print("ValueError:", e)
b = [1, True, 1.0, "1", [1]]
print(b.count(1), b.count("1"), b.count([1]), b.index(True), b.index([1]))
print([None, None].count(None), [[], []].count([]))
print(a.index(20, -100, 100), a.index(20, 5, -0 + 6))
