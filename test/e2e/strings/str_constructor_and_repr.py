# str() of many objects, repr() quoting rules and ascii().
print(str(), str(0), str(-1.5), str(None), str(True), str([1, "a"]), str((1,)), str({"k": "v"}))
print(str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"x"), encoding="ascii"))
print(repr("single'"), repr('double"'), repr("both'\""), repr("back\\slash"), repr("\t\n\r"))
print(repr("\x07\x1b"), repr("é"), repr("\u200b"), repr("😀"), repr("a\x00b"))
print(ascii("é😀\n"), ascii(["é"]), ascii(1.5))
class W:
    def __str__(self):
        return "W-str"
    def __repr__(self):
        return "W-repr"
print(str(W()), repr(W()), [W()], f"{W()}", f"{W()!r}", "%s %r" % (W(), W()))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
