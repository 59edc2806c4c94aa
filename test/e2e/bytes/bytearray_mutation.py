# bytearray is a mutable sequence of bytes.
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.append(33)
ba.extend(b" ok")
ba.insert(0, 62)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba)
ba[1:3] = b"EEE"
print(ba)
del ba[::2]
print(ba)
ba += b"++"
ba *= 2
print(ba)
ba.reverse()
print(ba, ba.count(b"+"), ba.find(b"E"))
ba.clear()
print(ba, bytearray(4), bytearray([1, 2]), bytearray("é", "utf-8"))
for bad in [256, -1]:
    try:
        bytearray(b"x")[0] = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    bytearray(b"x").append("a")
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray(b"abc").remove(120)
except ValueError as e:
    print("ValueError:", e)
print(bytes(bytearray(b"freeze")), bytearray(b"a") == b"a", hash(b"ab") == hash(b"ab"))
try:
    hash(bytearray(b"a"))
except TypeError as e:
    print("TypeError:", e)
