# strip/lstrip/rstrip with default whitespace and explicit char sets.
s = " \t\n hello world \r\n\x0b\x0c"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("xy"), "abc".strip(""), "abc".strip("cba"))
print(repr("\u00a0\u2003text\u3000".strip()), repr("".strip()), repr("   ".strip()))
print("www.example.com".strip("cmowz."), "0001200".lstrip("0"), "3.1400".rstrip("0").rstrip("."))
print("hello".removeprefix("he"), "hello".removeprefix("xx"), "hello".removesuffix("lo"), "hello".removesuffix(""))
try:
    "a".strip(1)
except TypeError as e:
    print("TypeError:", e)
