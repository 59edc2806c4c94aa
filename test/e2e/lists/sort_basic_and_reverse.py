# list.sort and sorted on ints, floats, strings and tuples.
a = [5, -1, 3.5, 0, 2**70, -2**70, 3, 3.0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["pear", "Apple", "banana", "apple", "Cherry", "", "äpfel", "zebra"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q")]
print(sorted(pairs))
print(sorted(pairs, reverse=True))
print(sorted([[3, 1], [2], [3], [], [2, 0]]))
print(sorted("hello world"))
print(sorted((5, 2, 9)), sorted({3: "c", 1: "a"}), sorted({4, 1, 3}))
b = []
b.sort()
print(b, sorted([]))
c = [1]
print(c.sort(), c)
nums = [0.1, -0.0, 0.0, 1e-300, -1e300, float("inf"), float("-inf")]
print(sorted(nums))
print(sorted([True, False, 0, 1, -1]))
