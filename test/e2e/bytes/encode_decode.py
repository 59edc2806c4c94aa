# str.encode / bytes.decode with several codecs and error handlers.
s = "Grüße, 世界! €"
u8 = s.encode()
print(u8, len(s), len(u8))
print(u8.decode("utf-8") == s, s.encode("utf-8") == u8)
print("café".encode("latin-1"), b"caf\xe9".decode("latin-1"), "abc".encode("ascii"))
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "backslashreplace"))
print(s.encode("ascii", "xmlcharrefreplace"))
print(b"ab\xffcd".decode("utf-8", "replace"), b"ab\xffcd".decode("utf-8", "ignore"), b"ab\xffcd".decode("utf-8", "backslashreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "€".encode("latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("\U0001F600".encode("utf-8"), "\U0001F600".encode("utf-16-le"), "A".encode("utf-16-be"))
print(b"\xf0\x9f\x98\x80".decode(), len(b"\xf0\x9f\x98\x80".decode()))
print(issubclass(UnicodeEncodeError, ValueError), issubclass(UnicodeDecodeError, UnicodeError))
