# chr/ord round trips across the whole code point range.
print(chr(65), chr(0x3b1), chr(0x1F40D), ord("A"), ord("α"), ord("🐍"), ord(b"A"), ord(bytearray(b"z")))
ok = all(ord(chr(i)) == i for i in range(0, 0x110000, 997))
print(ok, "".join(chr(c) for c in range(ord("a"), ord("z") + 1)))
print([hex(ord(c)) for c in "aé€𝄞"])
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for bad in ["", "ab", 65]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
