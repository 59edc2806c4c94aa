# Sorting is stable for equal keys, also with reverse=True; key functions.
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
by_age_then_name = sorted(by_name, key=lambda r: r[1])
print(by_age_then_name)
print(sorted(records, key=lambda r: (-r[1], r[0])))
nums = [15, 3, -8, 22, -1, 0, 7, -22]
print(sorted(nums, key=abs))
print(sorted(nums, key=abs, reverse=True))
print(sorted(nums, key=lambda n: n % 5))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
calls = []
def key(x):
    calls.append(x)
    return -x
data = [3, 1, 2]
data.sort(key=key)
print(data, sorted(calls))
print(sorted(["b", "A", "a", "B"], key=str.casefold))
print(sorted([3, 1, 2], key=None))
