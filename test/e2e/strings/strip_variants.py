# strip/lstrip/rstrip with and without a set of characters, on ASCII and
# non-ASCII text: whitespace of every kind, empty sets, NUL characters,
# everything stripped, nothing stripped.
samples = ["  padded  ", "\t\n\x0b\x0c\r x \x1c\x1d\x1e\x1f", "", "   ", "x",
           "..,word,..", "\x00\x00nul\x00", "abcba", "caf\u00e9  ",
           "\u2003em space\u2003", "\u00e9t\u00e9"]
sets = [None, "", ".,", "\x00", "ab", "abc", " \u00e9", "\u2003"]
for s in samples:
    for chars in sets:
        print(repr(s), repr(chars), repr(s.strip(chars)),
              repr(s.lstrip(chars)), repr(s.rstrip(chars)))
word = "unchanged"
print(word.strip() is word, word.strip("xyz") is word)
try:
    "x".strip(5)
except TypeError as e:
    print("TypeError:", e)
try:
    "x".strip("a", "b")
except TypeError as e:
    print("TypeError:", e)
