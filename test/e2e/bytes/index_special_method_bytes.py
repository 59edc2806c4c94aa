# bytes and bytearray take objects with __index__ as counts, items and
# members, as CPython does.
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(bytes(I(2)), bytearray(I(3)), bytes([I(65), I(66)]), bytearray([I(1)]))
b = bytearray(b"abc")
b[0] = I(120)
b.append(I(121))
print(b, b"x" in b, I(97) in b"abc")
