# bytes %-formatting, translate, expandtabs, and comparisons with bytearray.
print(b"%d %s %r %x %%" % (7, b"raw", b"q", 255))
print(b"%-5s|%5s|" % (b"ab", b"cd"), b"%c%c" % (72, b"i"))
table = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(table), b"abcdef".translate(None, b"bdf"))
print(b"a\tb".expandtabs(4), b"ab" == bytearray(b"ab"), bytearray(b"ab") < b"ac")
print(b"hello".removeprefix(b"he"), b"hello".removesuffix(b"lo"), b"x".isupper(), b"X".isupper())
try:
    b"%d" % b"x"
except TypeError as e:
    print("TypeError:", e)
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError:", e)
