# Searching and replacing within bytes; ints are accepted as single bytes.
b = b"abracadabra"
print(b.find(b"bra"), b.find(b"bra", 2), b.rfind(b"bra"), b.find(b"zz"), b.find(97), b.find(ord("c")))
print(b.index(b"cad"), b.rindex(b"a"), b.count(b"a"), b.count(b"abra"), b.count(b""), b.count(98))
print(b.replace(b"a", b"A"), b.replace(b"a", b"", 2), b.replace(b"", b"-"), b.replace(b"xyz", b"q"))
try:
    b.index(b"zz")
except ValueError as e:
    print("ValueError:", e)
try:
    b.find(256)
except ValueError as e:
    print("ValueError:", e)
print(b"aaa".replace(b"aa", b"b"), b"%s=%d" % (b"x", 5), b"%05.1f|%x|%c" % (2.25, 255, 65))
