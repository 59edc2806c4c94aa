# String comparison is by code point; mixed-type ordering raises TypeError.
pairs = [("a", "b"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("Z", "a"), ("é", "f"), ("10", "9"), ("a", "a")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a > b)
print(sorted(["banana", "Apple", "cherry", "apple", "10", "9", "", "é"]))
print(max("hello"), min("hello"), max(["b", "ab", "abc"]), min(["b", "ab", "abc"], key=len))
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
print("a" == 1, "1" != 1, "abc" == "ab" + "c", "a" * 3 == "aaa")
