# split/rsplit with default whitespace, explicit separators and maxsplit.
s = "  the quick\tbrown\n\nfox  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), "a,b".split(",", 0))
print("".split(), "".split(","), "   ".split(), "   ".split(" "), "abc".split("abc"))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aaa".split("a"), "x".split("long separator"))
print("one two three".split(maxsplit=1), "one two three".rsplit(maxsplit=1), "1 2 3".split(sep=" ", maxsplit=-1))
print("a\u3000b\u00a0c\x1cd".split(), "a\x0bb\x0cc".split())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)
