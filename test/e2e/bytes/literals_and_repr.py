# bytes literals, escapes and repr; indexing returns ints.
b = b"hello"
print(b, repr(b), len(b), b[0], b[-1], type(b[0]).__name__)
print(b"", b"\x00\x01\xff", b"\n\t\r\\", b'quote\'s', b"dq\"", b"\x7f\x80")
print(rb"raw\n", b"A" b"B", b"%", bytes(3), bytes([65, 66, 0]))
print(b"caf\xc3\xa9", b"caf\xc3\xa9".decode(), "café".encode())
print(repr(b"'"), repr(b'"'), repr(b"'\""), str(b"x"))
print(b"abc" == b"abc", b"abc" == "abc", b"a" < b"b", b"ab" < b"abc", b"\xff" > b"\x00")
for byte in b"AZaz09":
    print(byte, end=" ")
print()
print(list(b"\x00\x10\xff"), 65 in b"ABC", b"BC" in b"ABCD", b"" in b"x")
try:
    b"abc"[3]
except IndexError as e:
    print("IndexError:", e)
