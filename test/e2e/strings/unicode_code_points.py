# Strings are sequences of code points: len, indexing, ord/chr across planes.
s = "aé€😀"
print(s, len(s), [ord(c) for c in s], [hex(ord(c)) for c in s])
print(s[1], s[-1], s[::-1], s[1:3], len(s.encode("utf-8")), len(s.encode("utf-16-le")))
print(chr(97), chr(0xe9), chr(0x20ac), chr(0x1F600), repr(chr(0)), repr(chr(0x7f)))
print(ord("\n"), ord("\u00ff"), ord("\U0010FFFF"), repr(chr(0x10FFFF)))
combining = "e\u0301"
print(combining, len(combining), combining == "\u00e9", repr(combining))
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower())
print("straße" < "strasse", "é" > "z", sorted(["é", "e", "z", "E", "É"]))
print("\N{SNOWMAN}", "\N{GREEK SMALL LETTER ALPHA}", "\u2603" == "\N{SNOWMAN}")
print("日本語テキスト"[2:4], "日本語".find("語"), "x日y".split("日"))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
print(repr("\x00\x1f\x7f\x80\x9f\xa0\xad"), repr("\u2028\ufeff\U000e0001"), repr("\ud800"))
print(ascii("héllo 😀"), ascii("plain"))
