# Unicode and bytes handling: encode/decode, byte manipulation, ciphers, run-length encoding, base conversions, struct.
import struct

s = "Grüße, 世界! 🐍"
b = s.encode("utf-8")
print(len(s), len(b), b, b.decode("utf-8") == s, b[:6], list(b[:4]))
print(s.upper(), s.lower(), "straße".casefold(), "ǅ".lower(), s[::-1], s.isascii(), "abc".isascii())
print("ß".upper(), "İ".lower().encode("utf-8"), "ﬁ".upper(), len("ﬁ".upper()))
print([c for c in s if not c.isascii()], [hex(ord(c)) for c in "é世🐍"], chr(0x1F600))
print("٣".isdigit(), "٣".isdecimal(), "½".isnumeric(), "½".isdigit(), "x²".isalnum(), " \t\n".isspace(), "".isspace())
print("Hello World".istitle(), "HELLO".isupper(), "hello".islower(), "abc123".isidentifier(), "1abc".isidentifier())
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("latin-1", "replace"))
print("é".encode("latin-1"), b"\xe9".decode("latin-1"), b"\xff\xfe".decode("utf-8", "replace"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)

def caesar(text, k):
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)

def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = c, 1
    out.append(f"{n}{prev}")
    return "".join(out)

def unrle(s):
    out, num = [], ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num))
            num = ""
    return "".join(out)

msg = "Attack at Dawn, Zebra!"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3), caesar(msg, 26) == msg)
for t in ("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aabbbcccc"):
    r = rle(t)
    print(repr(r), unrle(r) == t)

def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    neg, n = n < 0, abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(out))
print([to_base(n, b) for n, b in [(255, 2), (255, 16), (-42, 7), (10**20, 36), (0, 3)]])
print(int(to_base(123456789, 36), 36))
ba = bytearray(b"hello world")
ba[0] = ord("H")
ba.extend(b"!!")
ba[6:11] = b"WORLD"
print(ba, ba.upper(), bytes(ba).hex(), bytes.fromhex("de ad be ef"), ba.find(b"WORLD"), ba.count(b"l"))
print(b"a,b,c".split(b","), b"  x ".strip(), b"abc".replace(b"b", b"XX"), b"ab" * 3, b"%d-%s" % (5, b"z"))
print(bytes(range(65, 70)), bytes(3), b"abc"[1], b"abc"[1:], list(b"hi"), b"hi" + bytes([33]), b"A" < b"B")
packed = struct.pack("<IhBd", 0xDEADBEEF, -2, 255, 3.5)
print(packed, len(packed), struct.unpack("<IhBd", packed), struct.calcsize(">iq"))
print(struct.pack(">H", 513), struct.unpack(">4s", b"abcd"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"))
checksum = 0
for byte in msg.encode():
    checksum = (checksum * 31 + byte) & 0xFFFFFFFF
print(hex(checksum), format(checksum, "032b"))
print(sorted("Banana apple Cherry".split(), key=str.casefold), "ab" < "b", "Z" < "a", max("hello"), min(["b", "ab"]))
print("%-6s|%6s|" % ("é", "世界"), f"{'世':^5}|", "x".join("abc"), "abcabc".replace("b", "", 1))
