# String repetition and concatenation in loops; immutability of results.
print("ab" * 3, 3 * "ab", "x" * 0, "x" * -1, "" * 100, "-" * 20)
s = ""
for i in range(5):
    s += str(i) * i
print(s, len(s))
t = s
s += "!"
print(t, s, t is s)
line = "=" * 10 + " title " + "=" * 10
print(line, len(line))
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + None
except TypeError as e:
    print("TypeError:", e)
print("".join(["ab"] * 3), "ab" "cd" * 2)
