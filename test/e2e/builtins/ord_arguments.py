# ord() on every kind of argument: compiled calls of ord take a fast path
# for one-byte strs and must agree with the builtin on everything else.
for s in ["a", "\x7f", "é", "€", "𝄞", b"z", bytearray(b"q")]:
    print(ord(s))
for bad in ["", "ab", 3, b"xy"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
print(sum(ord(c) for c in "hello"), [ord(c) for c in "abc€"])
