# bisect: insort_left/insort_right/insort with lo, hi and key, stability of insertion
import bisect

a = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(a, x)
    print(a)

# insort_left puts equal items before, insort_right after: seen through identity
b = [1.0, 2.0, 3.0]
bisect.insort_left(b, 2)
bisect.insort_right(b, 2)
print(b, [type(v).__name__ for v in b])

# key: records sorted by their second field
recs = []
for r in [("x", 3), ("y", 1), ("z", 3), ("w", 2), ("v", 1)]:
    bisect.insort(recs, r, key=lambda t: t[1])
print(recs)
recs2 = []
for r in [("x", 3), ("y", 1), ("z", 3), ("w", 2), ("v", 1)]:
    bisect.insort_left(recs2, r, key=lambda t: t[1])
print(recs2)

# lo/hi restrict where it can go
c = [1, 2, 3, 4, 5]
bisect.insort(c, 10, 0, 2)
print(c)
bisect.insort_left(c, 0, 3)
print(c)
bisect.insort_right(c, 3, hi=-1)
print(c)

# insort works on any object with insert and indexing
class Seq(list):
    def insert(self, i, x):
        print("insert at", i)
        list.insert(self, i, x)
s = Seq([1, 3, 5])
bisect.insort(s, 4)
print(s)

for bad in [(5, 1), ((1, 2), 2), ([1, 2], 3, -2)]:
    try:
        bisect.insort(*bad)
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)

# a grade table, the classic use
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
