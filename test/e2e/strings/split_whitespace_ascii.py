# str.split() with no separator on ASCII text: every ASCII whitespace
# character (including the information separators \x1c..\x1f), runs of
# them, leading and trailing ones, and maxsplit.
samples = [
    "",
    "   ",
    "one",
    "  one  ",
    "a b c",
    "a  b\t\tc\n\nd\r\ne",
    "x\x0by\x0cz",
    "p\x1cq\x1dr\x1es\x1ft",
    " lead and trail ",
    "tab\tseparated\tvalues\t",
]
for s in samples:
    print(repr(s), s.split())
    for n in (-1, 0, 1, 2):
        print("  maxsplit", n, s.split(maxsplit=n), s.split(None, n))

text = "the quick brown fox jumps over the lazy dog " * 3
words = text.split()
print(len(words), words[:4], words[-1])
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))

# A single word that is the whole string comes back as that string.
w = "alone"
print(w.split()[0] is w)
# Non-ASCII text takes the general path and agrees.
print("caf\u00e9 na\u00efve\u2003em\u3000space".split())
print("a\u00a0b c".split())
