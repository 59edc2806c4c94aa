# hex(), oct(), bin() of small, negative and big ints.
for v in [0, 1, -1, 7, 8, 10, 15, 16, 255, 256, -255, 4095, 65535]:
    print(v, hex(v), oct(v), bin(v))
print(hex(2**64), hex(2**64 - 1), hex(-(2**64)))
print(oct(2**70), bin(2**70 + 1))
print(hex(123456789012345678901234567890))
print(bin(-(2**40) + 3))
print(hex(True), bin(False))
print(int(hex(987654321), 16), int(oct(-12345), 8), int(bin(2**65 + 9), 2))
print(hex(0xDEADBEEF) + "!")
